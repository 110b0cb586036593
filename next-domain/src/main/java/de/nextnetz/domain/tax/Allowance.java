package de.nextnetz.domain.tax;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.validation.NonNegative;
import jakarta.validation.constraints.Pattern;
import java.time.Year;
import org.immutables.value.Value;

/** What the association paid a person in a year under one allowance, for one activity. */
@Value.Immutable
public interface Allowance {

  /** {@return who was paid: a member's id or the person's name} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getPerson();

  /** {@return the allowance claimed} */
  AllowanceKind getKind();

  /** {@return the calendar year} */
  Year getYear();

  /** {@return the amount paid in the year} */
  @NonNegative(groups = {Default.class, Semantic.class})
  Money getAmount();

  /** {@return the activity, e.g. "Workshopleitung" or "Vorstand"} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getActivity();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Allowance}; {@code build()} throws {@link IllegalStateException} naming any required attribute
   * that was not set.
   */
  final class Builder extends ImmutableAllowance.Builder {
    /** Creates an empty builder, as {@link Allowance#builder()} does. */
    public Builder() {}
  }
}
