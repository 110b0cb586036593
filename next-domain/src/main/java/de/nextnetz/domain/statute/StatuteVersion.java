package de.nextnetz.domain.statute;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.municipal.FeeProration;
import de.nextnetz.domain.time.Counting;
import de.nextnetz.domain.time.Periods;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * One version of a statute (Satzung) as data, in force from {@link #getValidFrom()} until the next
 * version. Each parameter either comes from the source the version names or is listed among the
 * {@link #getAssumptions()}.
 */
@Value.Immutable
public interface StatuteVersion {

  /** {@return the first day this version is in force} */
  LocalDate getValidFrom();

  /** {@return where the parameters come from, e.g. the activity report 2024} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getSource();

  // Board (Vorstand)

  /** {@return the number of chairs (Vorsitzende)} */
  @PositiveOrZero(groups = {Default.class, Semantic.class})
  int getChairs();

  /** {@return the number of vice chairs (stellvertretende Vorsitzende)} */
  @PositiveOrZero(groups = {Default.class, Semantic.class})
  int getViceChairs();

  /** {@return the number of treasurers (Schatzmeister)} */
  @PositiveOrZero(groups = {Default.class, Semantic.class})
  int getTreasurers();

  /** {@return the number of further board members} */
  @PositiveOrZero(groups = {Default.class, Semantic.class})
  int getFurtherBoardMembers();

  /** {@return whether one person may hold more than one board seat} */
  @Value.Default
  default boolean isRoleAccumulationAllowed() {
    return false;
  }

  /** {@return the period after the last election within which the board must be re-elected} */
  Period getReElectionWithin();

  /** {@return whether the board stays in office until a new board is elected (continuation clause)} */
  @Value.Default
  default boolean isContinuationClause() {
    return false;
  }

  // Admission (Aufnahme)

  /** {@return the kinds of membership the statute knows} */
  @Size(min = 1, groups = {Default.class, Semantic.class})
  Set<MembershipKind> getMembershipKinds();

  /**
   * The kinds of membership with a vote in the general assembly, where the Satzung gives some kinds none (e.g.
   * associated members): they are not counted for the quorum; they still count for the minority right of § 37 BGB
   * and are invited.
   *
   * @return the voting kinds; empty where every member votes (the BGB's rule, § 32 Abs. 1 BGB)
   */
  Set<MembershipKind> getVotingKinds();

  /**
   * The kinds of membership that arise through the admission procedure (application, reviews,
   * board approval). NExT's report states the procedure for its members, which do not include
   * associated ones; by default every kind.
   *
   * @return the kinds the admission rules apply to
   */
  @Value.Default
  default Set<MembershipKind> getAdmissionProcedureKinds() {
    return getMembershipKinds();
  }

  /** {@return whether the further board members are exactly as many as set (else: at most)} */
  @Value.Default
  default boolean isFurtherBoardMembersExact() {
    return true;
  }

  /** {@return the number of distinct members who must review an application} */
  @Min(value = 0, groups = {Default.class, Semantic.class})
  @Max(value = 100, groups = {Default.class, Semantic.class})
  int getReviewersRequired();

  /** {@return whether the board must approve an admission} */
  @Value.Default
  default boolean isBoardApprovalRequired() {
    return true;
  }

  // Rhythm

  /** {@return whether an ordinary general assembly must be held every calendar year} */
  @Value.Default
  default boolean isAnnualGeneralAssembly() {
    return true;
  }

  /** {@return whether the annual general assembly meets within the autumn conference} */
  @Value.Default
  default boolean isAssemblyAtAutumnConference() {
    return false;
  }

  /** {@return whether the NExTpanel meets once in spring and once in autumn every year} */
  @Value.Default
  default boolean isSpringAndAutumnConference() {
    return false;
  }

  /**
   * {@return the window of the spring conference, used where {@link #isSpringAndAutumnConference()}; a Satzung
   * without conferences need not set it and gets the first half of the year (1 January to 30 June)}
   */
  @Valid
  @Value.Default
  default Season getSpring() {
    return Season.of(MonthDay.of(1, 1), MonthDay.of(6, 30));
  }

  /**
   * {@return the window of the autumn conference, used where {@link #isSpringAndAutumnConference()}; a Satzung
   * without conferences need not set it and gets the second half of the year (1 July to 31 December)}
   */
  @Valid
  @Value.Default
  default Season getAutumn() {
    return Season.of(MonthDay.of(7, 1), MonthDay.of(12, 31));
  }

  /**
   * {@return the fewest meetings a community should hold in a calendar year; 0 where the Satzung sets no rhythm
   * (the BGB knows no communities)}
   */
  @PositiveOrZero(groups = {Default.class, Semantic.class})
  @Value.Default
  default int getCommunityMinMeetings() {
    return 0;
  }

  /**
   * {@return the most meetings a community should hold in a calendar year; {@link Integer#MAX_VALUE}, no limit,
   * where the Satzung sets none}
   */
  @PositiveOrZero(groups = {Default.class, Semantic.class})
  @Value.Default
  default int getCommunityMaxMeetings() {
    return Integer.MAX_VALUE;
  }

  /** {@return whether the minimum is pro-rated for a community founded during the year} */
  @Value.Default
  default boolean isCommunityProRata() {
    return true;
  }

  // Fees (Beiträge)

  /** {@return the annual fees by kind of membership, where the sources give them} */
  List<@Valid Fee> getFees();

  /** {@return the day of the year on which the annual fee falls due, if the statute sets one} */
  Optional<MonthDay> getFeeDueDay();

  /**
   * The days a member has to pay after receiving the invoice ("zahlbar innerhalb von 30 Tagen nach Zugang der
   * Beitragsrechnung"), if the Satzung counts the due day from the invoice instead of naming a calendar day: a
   * member who has not paid by then is in default without a reminder (§ 286 Abs. 2 Nr. 2 BGB). Where neither is
   * set, the fee is payable on demand and only a reminder puts the member in default (§ 286 Abs. 1 BGB).
   *
   * @return the days, at least 1, if the Satzung sets them
   */
  Optional<@Min(value = 1, groups = {Default.class, Semantic.class}) Integer> getFeePaymentDays();

  /**
   * How much of the annual fee is owed for the year a membership begins or ends, if the Satzung says; where it is
   * silent, the library takes the whole year ({@link FeeProration#FULL_YEAR}) and says that it did.
   *
   * @return the proration, if the Satzung sets one
   */
  Optional<FeeProration> getFeeProration();

  /**
   * The clauses that state the elements the tax-privileged status asks of the Satzung (§ 60 Abs. 1 Satz 2 AO,
   * Anlage 1 AO), where the office recorded them; empty where none are recorded, which the tax rules name as a
   * missing fact rather than as missing clauses.
   *
   * @return the tax clauses, at most one for each element
   */
  List<@Valid TaxClause> getTaxClauses();

  /**
   * The clause that states an element of the tax-privileged status.
   *
   * @param element the element
   * @return the clause, if this version records one
   */
  default Optional<TaxClause> taxClauseFor(TaxElement element) {
    return getTaxClauses().stream().filter(clause -> clause.getElement() == element).findFirst();
  }

  /** {@return the values taken as assumptions because the sources do not give them} */
  List<@Valid Assumption> getAssumptions();

  /** {@return the resolution that adopted this version, by id; it takes effect with its register entry (§ 71 BGB)} */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getAdoptedBy();

  // The law of the general assembly, resolutions, exits and minority demands. Every parameter is
  // optional: where the Satzung is silent, the BGB's default applies (StatuteParameter#law).

  /** {@return the clauses of the Satzung that set the parameters below} */
  List<@Valid Clause> getClauses();

  /** {@return how long before the assembly the invitation must be received, e.g. {@code P14D}} */
  Optional<Period> getInvitationPeriod();

  /** {@return whether an invitation counts as received on the day it is sent (a deeming clause)} */
  @Value.Default
  default boolean isInvitationDeemedOnDispatch() {
    return false;
  }

  /** {@return the forms an invitation may take; empty where the Satzung sets none} */
  Set<DeclarationForm> getInvitationForms();

  /**
   * The form the Satzung asks of an invitation where it names a form rather than channels: "schriftlich" is the
   * Schriftform a Satzung sets ({@link FormRequirement#WRITTEN_FORM}, § 127 BGB), which an e-mail meets (OLG Hamm
   * 27 W 104/15); "in Textform" is {@link FormRequirement#TEXT_FORM}.
   *
   * @return the form; empty where the Satzung names none
   */
  Optional<FormRequirement> getInvitationForm();

  /** {@return whether the invitation must state the proposed wording of a statute change} */
  @Value.Default
  default boolean isStatuteChangeWordingRequired() {
    return false;
  }

  /** {@return the share of the members that must be present for the assembly to decide} */
  Optional<Fraction> getQuorum();

  /** {@return what a simple majority is counted of; the votes cast where the Satzung is silent} */
  Optional<MajorityBase> getSimpleMajorityBase();

  /** {@return the majority of a statute change; 3/4 of the votes cast where the Satzung is silent} */
  Optional<Fraction> getStatuteChangeMajority();

  /** {@return the majority of a purpose change; the consent of all members where the Satzung is silent} */
  Optional<Fraction> getPurposeChangeMajority();

  /** {@return the majority of a dissolution; 3/4 of the votes cast where the Satzung is silent} */
  Optional<Fraction> getDissolutionMajority();

  /** {@return the share of the members that may demand an assembly; 1/10 where the Satzung is silent} */
  Optional<Fraction> getMinorityQuorum();

  /** {@return the form of a minority demand; Schriftform (§ 126 BGB) where the Satzung is silent} */
  Optional<FormRequirement> getMinorityDemandForm();

  /** {@return the notice period of an exit, e.g. {@code P3M}; none where the Satzung is silent} */
  Optional<Period> getExitNotice();

  /** {@return the days a member may leave on; any day where the Satzung is silent} */
  Optional<ExitDate> getExitOnlyAt();

  /** {@return the form of an exit declaration; none where the Satzung is silent} */
  Optional<FormRequirement> getExitForm();

  /** {@return whether the Satzung excludes leaving the association (which § 39 Abs. 1 BGB does not allow)} */
  @Value.Default
  default boolean isExitExcluded() {
    return false;
  }

  /** {@return the last day of the fiscal year; 31 December where the Satzung is silent} */
  Optional<MonthDay> getFiscalYearEnd();

  /** {@return whether the Satzung allows assemblies by electronic communication only (virtual)} */
  @Value.Default
  default boolean isVirtualAssemblyAllowed() {
    return false;
  }

  /** {@return how many persons must sign the minutes} */
  Optional<@Min(value = 1, groups = {Default.class, Semantic.class}) @Max(value = 100, groups = {Default.class, Semantic.class}) Integer> getMinutesSignatures();

  /** {@return how many board members represent the association together; the majority of the board where the Satzung is silent} */
  Optional<@Min(value = 1, groups = {Default.class, Semantic.class}) @Max(value = 100, groups = {Default.class, Semantic.class}) Integer> getBoardRepresentation();

  /**
   * Finds the clause that sets a parameter.
   *
   * @param parameter the parameter
   * @return the clause, if this version names one
   */
  default Optional<Clause> clauseFor(StatuteParameter parameter) {
    return getClauses().stream().filter(clause -> clause.getParameter() == parameter).findFirst();
  }

  /**
   * Finds the assumption that gives a parameter.
   *
   * @param parameter the parameter
   * @return the assumption whose {@link Assumption#getParameter()} is, or lists separated by commas,
   *     the parameter's property name
   */
  default Optional<Assumption> assumptionFor(StatuteParameter parameter) {
    return getAssumptions().stream()
        .filter(assumption -> java.util.Arrays.stream(assumption.getParameter().split(","))
            .anyMatch(name -> name.strip().equals(parameter.property())))
        .findFirst();
  }

  /** {@return the last day of the fiscal year, 31 December where the Satzung is silent} */
  default MonthDay fiscalYearEnd() {
    return getFiscalYearEnd().orElse(MonthDay.of(12, 31));
  }

  /** {@return the total number of board seats} */
  default int getBoardSeats() {
    return getChairs() + getViceChairs() + getTreasurers() + getFurtherBoardMembers();
  }

  /**
   * Finds the annual fee of one kind of membership.
   *
   * @param kind the kind
   * @return the fee, if the statute sets one
   */
  default Optional<Fee> feeFor(MembershipKind kind) {
    for (Fee fee : getFees()) {
      if (fee.getKind() == kind) {
        return Optional.of(fee);
      }
    }
    return Optional.empty();
  }

  /**
   * The last day on which the board must be re-elected, given its last election: the same
   * calendar day after the period (§§ 187 Abs. 1, 188 Abs. 2 BGB), or the last day of the month
   * where that day is missing (§ 188 Abs. 3 BGB): 21 Nov 2024 gives 21 Nov 2026, 29 Feb 2024 gives
   * 28 Feb 2026.
   *
   * @param lastElection the day of the last election
   * @return the deadline, inclusive
   */
  default LocalDate reElectionDueBy(LocalDate lastElection) {
    return Periods.end(reElectionCounting(), lastElection, getReElectionWithin());
  }

  /**
   * {@return how the re-election period counts: from the election, an event within its day (§ 187
   * Abs. 1 BGB)}
   */
  default Counting reElectionCounting() {
    return Counting.FROM_EVENT;
  }

  /**
   * Checks the invariants without which a version is meaningless.
   *
   * @throws IllegalStateException if the community minimum exceeds its maximum, or the
   *     re-election period is not positive
   */
  @Value.Check
  default void check() {
    if (getCommunityMinMeetings() > getCommunityMaxMeetings()) {
      throw new IllegalStateException(
          "statute version of " + getValidFrom() + ": 'communityMinMeetings' ("
              + getCommunityMinMeetings() + ") must not exceed 'communityMaxMeetings' ("
              + getCommunityMaxMeetings() + ")");
    }
    if (getTaxClauses().stream().map(TaxClause::getElement).distinct().count() < getTaxClauses().size()) {
      throw new IllegalStateException("statute version of " + getValidFrom()
          + ": 'taxClauses' names an element twice");
    }
    if (getFeeDueDay().isPresent() && getFeePaymentDays().isPresent()) {
      throw new IllegalStateException("statute version of " + getValidFrom()
          + ": set either 'feeDueDay' (a day of the calendar) or 'feePaymentDays' (days after the invoice is"
          + " received), not both");
    }
    if (getReElectionWithin().isNegative() || getReElectionWithin().isZero()) {
      throw new IllegalStateException(
          "statute version of " + getValidFrom() + ": 'reElectionWithin' must be positive, but was "
              + getReElectionWithin());
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
   * Builds a {@link StatuteVersion}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableStatuteVersion.Builder {
    /** Creates an empty builder, as {@link StatuteVersion#builder()} does. */
    public Builder() {}
  }
}
