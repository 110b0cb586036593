package de.nextnetz.rules.law;

import de.nextnetz.domain.base.Money;
import java.util.Objects;

/**
 * One row of the dated {@link TaxThresholds}: an amount of the tax law for the calendar years from one to another,
 * with the law that set it and whether a second source confirmed it.
 *
 * @param kind what the amount is
 * @param fromYear the first calendar year (Veranlagungszeitraum) it applies to
 * @param untilYear the last, {@code 9999} while in force
 * @param amount the amount
 * @param source the law that set it
 * @param verified whether a second source confirmed the row; an unverified row is named as such
 */
public record TaxThreshold(ThresholdKind kind, int fromYear, int untilYear, Money amount, String source,
    boolean verified) {

  /**
   * Checks the row.
   *
   * @param kind the kind
   * @param fromYear the first year
   * @param untilYear the last year
   * @param amount the amount
   * @param source the source
   * @param verified whether confirmed
   * @throws IllegalArgumentException if the last year lies before the first or the amount is negative
   */
  public TaxThreshold {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(source, "source");
    if (untilYear < fromYear) {
      throw new IllegalArgumentException(kind + ": the last year " + untilYear + " is before the first " + fromYear);
    }
    if (amount.isNegative()) {
      throw new IllegalArgumentException(kind + ": a threshold is not negative, but was " + amount);
    }
  }

  /**
   * Whether the row applies to a year.
   *
   * @param year the calendar year
   * @return whether it lies from {@link #fromYear()} to {@link #untilYear()}
   */
  public boolean appliesTo(int year) {
    return year >= fromYear && year <= untilYear;
  }
}
