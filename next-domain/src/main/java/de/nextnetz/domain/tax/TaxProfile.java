package de.nextnetz.domain.tax;

import jakarta.validation.Valid;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;

/**
 * The association's tax-privileged status as the office records it: where it is taxed, the purposes with their
 * catalogue numbers, the notices, each year's figures, the reserves and the allowances paid.
 */
@Value.Immutable
public interface TaxProfile {

  /** {@return the tax office, e.g. "Finanzamt für Körperschaften I Berlin"} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getTaxOffice();

  /** {@return the tax number (Steuernummer), where recorded} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getTaxNumber();

  /** {@return the purposes pursued} */
  List<@Valid TaxPurpose> getPurposes();

  /** {@return the notices of the tax office, in any order} */
  List<@Valid ExemptionNotice> getNotices();

  /** {@return the yearly figures} */
  List<@Valid TaxYear> getYears();

  /** {@return the reserves} */
  List<@Valid Reserve> getReserves();

  /** {@return the allowances paid} */
  List<@Valid Allowance> getAllowances();

  /** {@return the donations received (money, in kind, waived reimbursements), in any order} */
  List<@Valid Donation> getDonations();

  /** {@return the donation receipts issued, the register of § 50 Abs. 7 EStDV} */
  List<@Valid DonationReceipt> getReceipts();

  /**
   * The figures of a year.
   *
   * @param year the calendar year
   * @return its figures, where recorded
   */
  default Optional<TaxYear> year(Year year) {
    return getYears().stream().filter(figures -> figures.getYear().equals(year)).findFirst();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's properties, for a changed copy:
   * {@code value.toBuilder().…(…).build()}; the value itself stays unchanged.
   *
   * @return a new builder, filled from this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link TaxProfile}; {@code build()} throws {@link IllegalStateException} naming any required attribute
   * that was not set.
   */
  final class Builder extends ImmutableTaxProfile.Builder {
    /** Creates an empty builder, as {@link TaxProfile#builder()} does. */
    public Builder() {}
  }
}
