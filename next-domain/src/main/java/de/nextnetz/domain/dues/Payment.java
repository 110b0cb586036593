package de.nextnetz.domain.dues;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Zahlungseingang: money a member paid towards the dues, as the bank statement shows it. Payments are matched to
 * the member's receivables oldest first, a payment naming a year to that year first; what is left is credit.
 */
@Value.Immutable
public interface Payment {

  /** {@return the payment's identifier, unique among the payments (e.g. the bank's end-to-end id)} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the member who paid, by id} */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getMemberId();

  /** {@return the day the money arrived (value date)} */
  LocalDate getDay();

  /** {@return the amount, more than zero} */
  Money getAmount();

  /** {@return the fee year the payment is for, where the payer said so} */
  Optional<Year> getFeeYear();

  /** {@return the remittance text (Verwendungszweck), if recorded} */
  Optional<String> getReference();

  /**
   * Checks the amount.
   *
   * @throws IllegalStateException if the amount is zero or negative
   */
  @Value.Check
  default void check() {
    if (getAmount().isNegative() || getAmount().isZero()) {
      throw new IllegalStateException("payment " + getId() + ": 'amount' must be more than zero, not "
          + getAmount());
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

  /** Builds a {@link Payment}. */
  final class Builder extends ImmutablePayment.Builder {
    /** Creates an empty builder, as {@link Payment#builder()} does. */
    public Builder() {}
  }
}
