package de.nextnetz.domain.tax;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A donation received (Zuwendung, § 10b EStG), recorded as the office records payments: money, a gift in kind, or a
 * reimbursement the giver waived (Aufwandsspende). Membership fees are not recorded here; they are the dues'
 * payments. {@code next receipts --year} confirms a year's donations and fees.
 */
@Value.Immutable
public interface Donation extends Gift {

  /** {@return the donation's id, unique among the donations} */
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the donor: a member's id or the donor's name} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getDonor();

  /** {@return the day the donation was received} */
  LocalDate getDay();

  /** {@return the amount, or for a gift in kind its value; more than zero} */
  Money getAmount();

  /** {@return whether money or a gift in kind ({@link ReceiptItemKind#DONATION} or {@link ReceiptItemKind#IN_KIND})} */
  @Value.Default
  default ReceiptItemKind getKind() {
    return ReceiptItemKind.DONATION;
  }

  /**
   * The text of the association's own voucher given to the donor for the simplified proof of a small money donation
   * (§ 50 Abs. 4 Satz 1 Nr. 2 Buchst. b EStDV: with the bank record it replaces the formal receipt), where one was
   * given.
   *
   * @return the voucher's text, if recorded
   */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getVoucher();

  /**
   * Checks the amount and the kind.
   *
   * @throws IllegalStateException if the amount is not above zero or the kind is a fee
   */
  @Value.Check
  default void check() {
    if (getAmount().isZero() || getAmount().isNegative()) {
      throw new IllegalStateException("donation " + getId() + ": 'amount' must be more than zero, not " + getAmount());
    }
    if (getKind() == ReceiptItemKind.FEE) {
      throw new IllegalStateException("donation " + getId()
          + ": 'kind' must be DONATION or IN_KIND; fees are the payments of the dues");
    }
  }

  /** {@return a new builder; {@code build()} throws {@link IllegalStateException} if a required value is missing} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Donation}. */
  final class Builder extends ImmutableDonation.Builder {
    /** Creates an empty builder, as {@link Donation#builder()} does. */
    public Builder() {}
  }
}
