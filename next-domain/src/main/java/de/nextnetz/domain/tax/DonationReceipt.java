package de.nextnetz.domain.tax;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.validation.NonNegative;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A donation receipt (Zuwendungsbestätigung, § 50 EStDV) the association issued, as its register keeps it: number,
 * donor, day of issue, template, the amounts confirmed, the total in figures and in the words written, and whether
 * a copy was kept (§ 50 Abs. 7 EStDV).
 */
@Value.Immutable
public interface DonationReceipt {

  /** {@return the receipt's number in the register} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getNumber();

  /** {@return the donor: a member's id or the donor's name} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getDonor();

  /** {@return the day it was issued (the day § 63 Abs. 5 AO judges, not the day of the donation)} */
  LocalDate getIssuedOn();

  /** {@return the template used} */
  ReceiptForm getForm();

  /** {@return the amounts confirmed; one for a single receipt, each of the annex for a collective one} */
  List<@Valid ReceiptItem> getItems();

  /** {@return the total confirmed, in figures} */
  @NonNegative(groups = {Default.class, Semantic.class})
  Money getTotal();

  /** {@return the total in words as written on the receipt} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getAmountInWords();

  /**
   * The day the receipt's data were transmitted to the tax authority, where the donor authorised the transmission
   * (§ 50 Abs. 2 EStDV, § 93c AO) instead of, or besides, a receipt on paper.
   *
   * @return the day of transmission, if the data were transmitted
   */
  Optional<LocalDate> getTransmittedOn();

  /**
   * The receipt's wording as issued, where it was made outside this library (e.g. from a word processor's template)
   * and the office recorded its text, so that {@code RECEIPT_TEMPLATE_TEXT_DEVIATES} can compare it with the
   * official template.
   *
   * @return the wording, if recorded
   */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getWording();

  /**
   * How many pages the receipt's front side took, where it was made outside this library and the office recorded
   * it; the templates allow one DIN A4 page (the annex of a collective receipt may follow).
   *
   * @return the pages of the front side, at least 1, if recorded
   */
  Optional<@Positive(groups = {Default.class, Semantic.class}) Integer> getFrontPages();

  /** {@return whether a copy of the receipt (or the transmitted data) is kept} */
  @Value.Default
  default boolean isCopyKept() {
    return true;
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DonationReceipt}; {@code build()} throws {@link IllegalStateException} naming any required
   * attribute that was not set.
   */
  final class Builder extends ImmutableDonationReceipt.Builder {
    /** Creates an empty builder, as {@link DonationReceipt#builder()} does. */
    public Builder() {}
  }
}
