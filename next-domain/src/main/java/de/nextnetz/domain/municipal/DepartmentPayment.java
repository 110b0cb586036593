package de.nextnetz.domain.municipal;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Zahlung eines Dezernats: money one department of the municipality paid towards a membership's fee for a budget
 * year, as the budget office books it.
 */
@Value.Immutable
public interface DepartmentPayment {

  /** {@return the department that paid, as named in the cost shares, e.g. "Dezernat VII"} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getDepartment();

  /** {@return the budget year the payment is for} */
  Year getBudgetYear();

  /** {@return the day the money went out} */
  LocalDate getDay();

  /** {@return the amount, more than zero} */
  Money getAmount();

  /** {@return the booking or invoice reference, if recorded} */
  Optional<String> getReference();

  /**
   * Checks the amount.
   *
   * @throws IllegalStateException if the amount is zero or negative
   */
  @Value.Check
  default void check() {
    if (getAmount().isNegative() || getAmount().isZero()) {
      throw new IllegalStateException("payment of " + getDepartment() + " for " + getBudgetYear()
          + ": 'amount' must be more than zero, not " + getAmount());
    }
  }

  /** {@return a new builder; {@code build()} throws {@link IllegalStateException} if a required value is missing} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's properties, for a changed copy.
   *
   * @return a new builder, filled from this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link DepartmentPayment}. */
  final class Builder extends ImmutableDepartmentPayment.Builder {
    /** Creates an empty builder, as {@link DepartmentPayment#builder()} does. */
    public Builder() {}
  }
}
