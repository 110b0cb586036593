package de.nextnetz.domain.tax;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.validation.NonNegative;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One calendar year's figures as the tax office reads them: the gross receipts of each sphere (cash principle,
 * § 11 EStG), the surpluses the free reserve is measured on, what of the year's inflows is still neither used nor
 * reserved, and the year's tax return.
 */
@Value.Immutable
public interface TaxYear {

  /** {@return the calendar year} */
  Year getYear();

  /** {@return the gross receipts of the ideeller Bereich (fees, donations, grants)} */
  @NonNegative(groups = {Default.class, Semantic.class})
  Money getIdeal();

  /** {@return the gross receipts of the Vermögensverwaltung (interest, rent)} */
  @NonNegative(groups = {Default.class, Semantic.class})
  Money getAssetManagement();

  /** {@return the gross receipts of the Zweckbetriebe} */
  @NonNegative(groups = {Default.class, Semantic.class})
  Money getPurposeBusiness();

  /** {@return the gross receipts, VAT included, of the taxable wirtschaftliche Geschäftsbetriebe (§ 64 Abs. 3 AO)} */
  @NonNegative(groups = {Default.class, Semantic.class})
  Money getEconomicBusiness();

  /** {@return the surplus of the Vermögensverwaltung, for the free reserve (§ 62 Abs. 1 Nr. 3 AO)} */
  Optional<Money> getAssetManagementSurplus();

  /** {@return the surplus of the Zweckbetriebe, for the free reserve} */
  Optional<Money> getPurposeBusinessSurplus();

  /** {@return the profit of the wirtschaftliche Geschäftsbetriebe, for the free reserve} */
  Optional<Money> getEconomicBusinessProfit();

  /** {@return the year's inflows still neither used for the purposes nor put into a reserve, as last recorded} */
  Optional<@NonNegative(groups = {Default.class, Semantic.class}) Money> getUnused();

  /** {@return whether the tax office asked for a return for this year} */
  @Value.Default
  default boolean isReturnRequested() {
    return false;
  }

  /** {@return whether a tax adviser prepares the return (§ 149 Abs. 3 AO)} */
  @Value.Default
  default boolean isAdviser() {
    return false;
  }

  /** {@return the deadline the tax office set, where it set one instead of the statutory day} */
  Optional<LocalDate> getReturnDue();

  /** {@return the day the return was filed} */
  Optional<LocalDate> getReturnFiledOn();

  /**
   * The year's Einnahmen in the sense of § 55 Abs. 1 Nr. 5 Satz 4 AO: the gross receipts of all four spheres.
   *
   * @return the sum
   */
  default Money receipts() {
    return getIdeal().plus(getAssetManagement()).plus(getPurposeBusiness()).plus(getEconomicBusiness());
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
   * Builds a {@link TaxYear}; {@code build()} throws {@link IllegalStateException} naming any required attribute
   * that was not set.
   */
  final class Builder extends ImmutableTaxYear.Builder {
    /** Creates an empty builder, as {@link TaxYear#builder()} does. */
    public Builder() {}
  }
}
