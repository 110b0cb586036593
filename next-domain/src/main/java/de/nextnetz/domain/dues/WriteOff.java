package de.nextnetz.domain.dues;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.Year;
import org.immutables.value.Value;

/**
 * Ausbuchung: an amount of one year's fee the board decided not to collect (waived, uncollectable, time-barred).
 * It settles that much of the year's receivable as payments do, but is not money received.
 */
@Value.Immutable
public interface WriteOff {

  /** {@return the member, by id} */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getMemberId();

  /** {@return the fee year written off} */
  Year getFeeYear();

  /** {@return the amount written off, more than zero} */
  Money getAmount();

  /** {@return the day of the decision} */
  LocalDate getDay();

  /** {@return why, e.g. "Erlass wegen Härte (Vorstandsbeschluss 2026-03-01)"} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getReason();

  /**
   * Checks the amount.
   *
   * @throws IllegalStateException if the amount is zero or negative
   */
  @Value.Check
  default void check() {
    if (getAmount().isNegative() || getAmount().isZero()) {
      throw new IllegalStateException("write-off for " + getMemberId() + " " + getFeeYear()
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

  /** Builds a {@link WriteOff}. */
  final class Builder extends ImmutableWriteOff.Builder {
    /** Creates an empty builder, as {@link WriteOff#builder()} does. */
    public Builder() {}
  }
}
