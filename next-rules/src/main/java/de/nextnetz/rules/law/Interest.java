package de.nextnetz.rules.law;

import de.nextnetz.domain.base.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Default interest (Verzugszinsen) as computed, unrounded, with the first day for which the base-rate table had
 * no row: the interest then covers only the days before, and the rest is unknown, not zero.
 *
 * @param euros the interest in euros, exact (rounded half-up to cents only by {@link #money()}, at the end)
 * @param unknownFrom the first day in default without a known base rate, if any
 */
public record Interest(BigDecimal euros, Optional<LocalDate> unknownFrom) {

  /** No interest. */
  public static final Interest NONE = new Interest(BigDecimal.ZERO, Optional.empty());

  /**
   * Checks that nothing is missing.
   *
   * @param euros the interest
   * @param unknownFrom the first unknown day
   */
  public Interest {
    Objects.requireNonNull(euros, "euros");
    Objects.requireNonNull(unknownFrom, "unknownFrom");
  }

  /**
   * The sum of two parts, unknown from the earlier of their unknown days.
   *
   * @param other the other part
   * @return the sum
   */
  public Interest plus(Interest other) {
    Optional<LocalDate> unknown = unknownFrom.isEmpty() ? other.unknownFrom
        : other.unknownFrom.isEmpty() ? unknownFrom
        : Optional.of(unknownFrom.get().isBefore(other.unknownFrom.get()) ? unknownFrom.get()
            : other.unknownFrom.get());
    return new Interest(euros.add(other.euros), unknown);
  }

  /** {@return the interest in euros, rounded half-up to cents (a convention of the library's reference)} */
  public Money money() {
    return Money.of(euros.setScale(2, RoundingMode.HALF_UP), Money.EUR);
  }
}
