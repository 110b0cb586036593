package de.nextnetz.domain.municipal;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.base.Organisation;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.validation.NonNegative;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A municipality's membership in an association, seen from the municipality: on which council
 * resolution, since when, for what fee, and which department pays which share.
 */
@Value.Immutable
public interface MunicipalMembership {

  /** {@return the identifier of the membership in the municipality's portfolio} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the municipality} */
  @Valid
  Organisation getMunicipality();

  /** {@return the association's name, e.g. {@code "NExT e. V."}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getAssociation();

  /** {@return the kind of membership} */
  MembershipKind getKind();

  /** {@return the council resolution the membership rests on, if one was passed} */
  Optional<@Valid CouncilResolution> getResolution();

  /** {@return the first day of the membership, if known} */
  Optional<LocalDate> getStart();

  /** {@return the last day of the membership, if it ended or notice was given} */
  Optional<LocalDate> getEnd();

  /** {@return the annual fee} */
  @NonNegative(groups = {Default.class, Semantic.class})
  Money getAnnualFee();

  /** {@return the shares of the fee that each department pays} */
  List<@Valid CostShare> getCostShares();

  /** {@return the unit that executes the payment, e.g. {@code "Dezernat III/20"}} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getExecutingUnit();

  /** {@return how much of the fee is owed in the year the membership starts, if the statute says} */
  Optional<FeeProration> getFirstYearProration();

  /** {@return how much of the fee is owed in the year the membership ends, if the statute says} */
  Optional<FeeProration> getLastYearProration();

  /** {@return the notice period for leaving in months, per the association's statute, if known} */
  Optional<@Min(value = 0, groups = {Default.class, Semantic.class}) @Max(value = 24, groups = {Default.class, Semantic.class}) Integer> getExitNoticeMonths();

  /** {@return whether the association's statute allows leaving only at year end, if known} */
  Optional<Boolean> getExitOnlyAtYearEnd();

  /** {@return what the departments paid towards the fee, by budget year} */
  List<@Valid DepartmentPayment> getPayments();

  /**
   * Adds up the cost shares.
   *
   * @return the sum of the cost shares, zero if there are none
   * @throws IllegalArgumentException if a share is in another currency than the fee
   */
  default Money getCostShareTotal() {
    return CostShare.total(getCostShares(), getAnnualFee().currency()).orElseThrow(() ->
        new IllegalArgumentException("cost shares must be in the fee's currency " + getAnnualFee().currency()));
  }

  /**
   * Checks that the membership does not end before it starts.
   *
   * @throws IllegalStateException if the end lies before the start
   */
  @Value.Check
  default void check() {
    if (getStart().isPresent() && getEnd().isPresent() && getEnd().get().isBefore(getStart().get())) {
      throw new IllegalStateException(
          "municipal membership " + getId() + ": 'end' (" + getEnd().get()
              + ") must not be before 'start' (" + getStart().get() + ")");
    }
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
   * Builds a {@link MunicipalMembership}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableMunicipalMembership.Builder {
    /** Creates an empty builder, as {@link MunicipalMembership#builder()} does. */
    public Builder() {}
  }
}
