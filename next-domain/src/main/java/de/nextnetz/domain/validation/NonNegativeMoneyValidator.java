package de.nextnetz.domain.validation;

import de.nextnetz.domain.base.Money;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link NonNegative} on {@link Money}; an absent amount is valid. */
public final class NonNegativeMoneyValidator implements ConstraintValidator<NonNegative, Money> {

  /** Creates the validator (Bean Validation instantiates it). */
  public NonNegativeMoneyValidator() {}

  @Override
  public boolean isValid(@Nullable Money value, ConstraintValidatorContext context) {
    return value == null || !value.isNegative();
  }
}
