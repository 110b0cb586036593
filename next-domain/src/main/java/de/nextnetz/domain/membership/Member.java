package de.nextnetz.domain.membership;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.base.Organisation;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.dues.PaymentMethod;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.time.FederalState;
import de.nextnetz.domain.validation.NonNegative;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Mitglied: a person or an organisation that is a member of the association from its start date
 * until its end date (both inclusive).
 *
 * <p>Exactly one of {@link #getPerson()} and {@link #getOrganisation()} is present.
 */
@Value.Immutable
public interface Member {

  /** {@return the member's identifier, referred to by reviews and applications} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the kind of membership} */
  MembershipKind getKind();

  /** {@return the member, if it is a natural person} */
  Optional<@Valid Person> getPerson();

  /** {@return the member, if it is an organisation} */
  Optional<@Valid Organisation> getOrganisation();

  /** {@return the first day of the membership} */
  LocalDate getStart();

  /** {@return the last day of the membership, if it has ended or its end is known} */
  Optional<LocalDate> getEnd();

  /** {@return the annual fee the member owes, if known} */
  Optional<@NonNegative(groups = {Default.class, Semantic.class}) Money> getAnnualFee();

  /**
   * The parts of the annual fee that different payers bear, e.g. Wiesbaden's Dezernat VII and
   * Dezernat II with 500 EUR each; empty when one payer bears the whole fee.
   *
   * @return the cost shares, which should sum to the annual fee
   */
  List<@Valid CostShare> getCostShares();

  /** {@return the people who represent an institutional or associated member} */
  List<@Valid Person> getRepresentatives();

  /**
   * The Land of the member's residence or seat, where the office records it: the place of performance of a money
   * debt in one reading of § 193 BGB (§§ 269, 270 Abs. 4 BGB), which the dues rules report beside the reading of
   * the association's seat.
   *
   * @return the Land, if recorded
   */
  Optional<FederalState> getLand();

  /** {@return how the member pays the dues, if recorded} */
  Optional<PaymentMethod> getPaymentMethod();

  /** {@return whether the member pays the dues by SEPA direct debit} */
  default boolean paysByDirectDebit() {
    return getPaymentMethod().equals(Optional.of(PaymentMethod.DIRECT_DEBIT));
  }

  /** {@return the member's SEPA direct-debit mandate, if one was given} */
  Optional<@Valid Mandate> getMandate();

  /**
   * The day the former member's personal data were erased (Art. 17 DSGVO): the entry then holds a pseudonym nobody
   * can reverse and only what the association's figures need (kind, start, end, fee), so counts and checks of
   * everyone else stay as they were.
   *
   * @return the day of the erasure, where it happened
   */
  Optional<LocalDate> getErasedOn();

  /** {@return the identifier of the application that led to this membership, if recorded} */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getApplicationId();

  /** {@return whether the member founded the association (and so was admitted without application)} */
  @Value.Default
  default boolean isFounding() {
    return false;
  }

  /** {@return the member's name: the person's display name or the organisation's name} */
  default String getName() {
    return getPerson()
        .map(Person::getDisplayName)
        .orElseGet(() -> getOrganisation().map(Organisation::getName).orElse(getId()));
  }

  /**
   * Tells whether this is a member on a day.
   *
   * @param day the day
   * @return {@code true} if the day lies between start and end, both inclusive
   */
  default boolean isMemberOn(LocalDate day) {
    if (day.isBefore(getStart())) {
      return false;
    }
    Optional<LocalDate> end = getEnd();
    return end.isEmpty() || !day.isAfter(end.get());
  }

  /**
   * Checks the invariants without which a member is meaningless.
   *
   * @throws IllegalStateException if not exactly one of person and organisation is present, or the
   *     end lies before the start
   */
  @Value.Check
  default void check() {
    if (getPerson().isPresent() == getOrganisation().isPresent()) {
      throw new IllegalStateException(
          "member " + getId() + ": exactly one of 'person' and 'organisation' must be set");
    }
    getEnd().ifPresent(end -> {
      if (end.isBefore(getStart())) {
        throw new IllegalStateException(
            "member " + getId() + ": 'end' (" + end + ") must not be before 'start' (" + getStart()
                + ")");
      }
    });
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
   * Builds a {@link Member}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableMember.Builder {
    /** Creates an empty builder, as {@link Member#builder()} does. */
    public Builder() {}
  }
}
