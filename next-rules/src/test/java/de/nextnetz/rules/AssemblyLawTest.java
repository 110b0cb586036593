package de.nextnetz.rules;

import static de.nextnetz.rules.Fixtures.check;
import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.findings;
import static de.nextnetz.rules.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.RegisterFiling;
import de.nextnetz.domain.RegisterFilingKind;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.assembly.Consent;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.assembly.Votes;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.domain.statute.ExitDate;
import de.nextnetz.domain.statute.Fraction;
import de.nextnetz.domain.statute.MajorityBase;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.rules.law.ExitLaw;
import de.nextnetz.rules.law.Majority;
import de.nextnetz.rules.law.Transit;
import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.domain.statute.FormRequirement;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.BoardChange;
import de.nextnetz.domain.board.Board;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test vectors of the reference's section 7 and both sides of every boundary of the new rules. */
class AssemblyLawTest {

  private static final LocalDate AS_OF = day("2026-11-22");

  private static Association muster() {
    return Musterverein.association();
  }

  /** Musterverein with one statute version changed (both versions, so the day does not matter). */
  private static Association withStatute(UnaryOperator<StatuteVersion.Builder> change) {
    Association muster = muster();
    List<StatuteVersion> versions = new ArrayList<>();
    muster.getStatute().getVersions().forEach(version -> versions.add(change.apply(version.toBuilder()).build()));
    return muster.toBuilder().statute(Statute.builder().versions(versions).build()).build();
  }

  /** Musterverein with only this assembly. */
  private static Association onlyAssembly(GeneralAssembly assembly) {
    return muster().toBuilder().generalAssemblies(List.of(assembly)).build();
  }

  private static GeneralAssembly resolutionOf(ResolutionKind kind, Votes votes) {
    return GeneralAssembly.builder().id("mv").date(day("2025-11-20"))
        .addResolution(Resolution.builder().id("r").subject("Antrag").kind(kind).votes(votes).build()).build();
  }

  private static Status majorityStatus(ResolutionKind kind, Votes votes, RuleId rule) {
    return status(onlyAssembly(resolutionOf(kind, votes)), AS_OF, rule);
  }

  @Nested
  class Majorities {

    @Test
    @DisplayName("§ 32 Abs. 1 Satz 3 BGB: 2,147,483,647 yes and 1 no are more votes than members present, not a negative count")
    void a_count_near_the_integer_limit_does_not_overflow() {
      Votes votes = Votes.of(Integer.MAX_VALUE, 1, 0);
      assertThat(votes.total()).isEqualTo(2_147_483_648L);
      assertThat(majorityStatus(ResolutionKind.SIMPLE, votes, RuleId.of("RESOLUTION_VOTES_EXCEED_ELIGIBLE")))
          .isEqualTo(Status.VIOLATED);
      assertThat(new Majority(Majority.Kind.MORE_THAN_HALF, Fraction.ONE_HALF, MajorityBase.MEMBERS_PRESENT)
          .isMetBy(Votes.of(1, Integer.MAX_VALUE, Integer.MAX_VALUE), 3)).isFalse();
    }

    @ParameterizedTest(name = "{0} yes, {1} no, {2} abstentions: {3}")
    @CsvSource({"30, 10, 5, SATISFIED", "29, 10, 0, VIOLATED", "3, 1, 50, SATISFIED"})
    @DisplayName("§ 33 Abs. 1 Satz 1 BGB: three quarters of the votes cast, abstentions not counted")
    void three_quarters_of_the_votes_cast(int yes, int no, int abstain, Status expected) {
      assertThat(majorityStatus(ResolutionKind.STATUTE_CHANGE, Votes.of(yes, no, abstain),
          RuleId.of("RESOLUTION_STATUTE_CHANGE_MAJORITY_FAILED"))).isEqualTo(expected);
      assertThat(new Majority(Majority.Kind.AT_LEAST, Fraction.THREE_QUARTERS, MajorityBase.VOTES_CAST)
          .isMetBy(Votes.of(yes, no, abstain), 0)).isEqualTo(expected == Status.SATISFIED);
    }

    @ParameterizedTest(name = "{0} yes, {1} no, {2} abstentions: {3}")
    @CsvSource({"10, 10, 0, VIOLATED", "1, 0, 30, SATISFIED", "11, 10, 0, SATISFIED"})
    @DisplayName("§ 32 Abs. 1 Satz 3 BGB: more yes than no; a tie rejects, abstentions do not count")
    void simple_majority_of_the_votes_cast(int yes, int no, int abstain, Status expected) {
      assertThat(majorityStatus(ResolutionKind.SIMPLE, Votes.of(yes, no, abstain), RuleId.of("RESOLUTION_SIMPLE_MAJORITY_FAILED")))
          .isEqualTo(expected);
    }

    @Test
    @DisplayName("§ 40 BGB: a Satzung that counts the members present makes 1 yes against 30 abstentions fail")
    void a_satzung_counting_members_present_changes_the_outcome() {
      Association present = withStatute(version -> version.simpleMajorityBase(MajorityBase.MEMBERS_PRESENT))
          .toBuilder().generalAssemblies(List.of(resolutionOf(ResolutionKind.SIMPLE, Votes.of(1, 0, 30)))).build();
      assertThat(status(present, AS_OF, RuleId.of("RESOLUTION_SIMPLE_MAJORITY_FAILED"))).isEqualTo(Status.VIOLATED);
    }

    @Test
    @DisplayName("§ 33 BGB with § 40: the citation names the Satzung's clause, or the BGB where the Satzung is silent")
    void the_citation_names_the_clause_that_decided() {
      Association satzung = onlyAssembly(resolutionOf(ResolutionKind.STATUTE_CHANGE, Votes.of(2, 1, 0)));
      assertThat(findings(satzung, AS_OF, RuleId.of("RESOLUTION_STATUTE_CHANGE_MAJORITY_FAILED"))).singleElement()
          .satisfies(f -> assertThat(f.citation().source()).isEqualTo("§ 10 Abs. 3 der Satzung"));
      Association silent = withStatute(version -> version.statuteChangeMajority(java.util.Optional.empty())
          .clauses(List.of())).toBuilder()
          .generalAssemblies(List.of(resolutionOf(ResolutionKind.STATUTE_CHANGE, Votes.of(2, 1, 0)))).build();
      assertThat(findings(silent, AS_OF, RuleId.of("RESOLUTION_STATUTE_CHANGE_MAJORITY_FAILED"))).singleElement()
          .satisfies(f -> assertThat(f.citation().source()).isEqualTo("§ 33 Abs. 1 Satz 1 BGB (mangels Satzungsregelung)"));
    }

    @Test
    @DisplayName("§ 32 Abs. 1 Satz 3 BGB: a resolution without counted votes is unknown, naming the votes")
    void without_votes_the_outcome_is_unknown() {
      GeneralAssembly assembly = GeneralAssembly.builder().id("mv").date(day("2025-11-20"))
          .addResolution(Resolution.builder().id("r").subject("Antrag").build()).build();
      CheckReport report = check(onlyAssembly(assembly), AS_OF);
      assertThat(report.outcome(RuleId.of("RESOLUTION_SIMPLE_MAJORITY_FAILED")).orElseThrow().status()).isEqualTo(Status.UNKNOWN);
      assertThat(report.outcome(RuleId.of("RESOLUTION_SIMPLE_MAJORITY_FAILED")).orElseThrow().missingFacts())
          .containsExactly("/generalAssemblies/0/resolutions/0/votes");
    }
  }

  @Nested
  class MinorityQuorum {

    private Association withMembers(int count, int supporters) {
      List<Member> members = new ArrayList<>();
      List<String> supporting = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        members.add(Member.builder().id("x" + i).kind(MembershipKind.PERSONAL).person(Person.of("px" + i, "Mitglied " + i))
            .start(day("2020-01-01")).build());
        if (i <= supporters) {
          supporting.add("x" + i);
        }
      }
      return withStatute(version -> version.minorityQuorum(java.util.Optional.empty()).clauses(List.of())).toBuilder()
          .members(members)
          .minorityDemands(List.of(MinorityDemand.builder().id("md").receivedOn(day("2025-06-02")).supporters(supporting)
              .form(DeclarationForm.LETTER).purpose("Zweck").reasons("Gründe").build()))
          .exitDeclarations(List.of()).build();
    }

    @ParameterizedTest(name = "{0} members need {1} supporters")
    @CsvSource({"95, 10", "100, 10", "101, 11"})
    @DisplayName("§ 37 Abs. 1 BGB: one tenth of all members, rounded up")
    void one_tenth_of_the_members(int members, int needed) {
      assertThat(status(withMembers(members, needed), AS_OF, RuleId.of("MINORITY_DEMAND_QUORUM_NOT_MET"))).isEqualTo(Status.SATISFIED);
      assertThat(findings(withMembers(members, needed - 1), AS_OF, RuleId.of("MINORITY_DEMAND_QUORUM_NOT_MET"))).singleElement()
          .satisfies(f -> {
            assertThat(f.facts()).contains(new Fact("needed", (long) needed));
            assertThat(f.citation().source()).isEqualTo("§ 37 Abs. 1 BGB (mangels Satzungsregelung)");
          });
    }

    @ParameterizedTest(name = "a Satzung quorum of {0}: {1}")
    @CsvSource({"1/10, SATISFIED, ", "1/5, VIOLATED, WARNING", "1/2, VIOLATED, ERROR"})
    @DisplayName("§ 37 Abs. 1 BGB, OLG Celle 20 W 17/10: more than a tenth is a WARNING, half or more an ERROR")
    void the_satzung_quorum(String quorum, Status expected, @Nullable Severity severity) {
      Association association = withStatute(version -> version.minorityQuorum(Fraction.parse(quorum)));
      assertThat(status(association, AS_OF, RuleId.of("SATZUNG_MINORITY_QUORUM_INVALID"))).isEqualTo(expected);
      if (severity != null) {
        assertThat(findings(association, AS_OF, RuleId.of("SATZUNG_MINORITY_QUORUM_INVALID"))).singleElement()
            .satisfies(f -> assertThat(f.severity()).isEqualTo(severity));
      }
    }
  }

  @Nested
  class Invitation14Days {

    private Association invitedOn(String dispatched, DeclarationForm form, @Nullable String receivedBy) {
      Invitation.Builder invitation = Invitation.builder().dispatchedOn(day(dispatched)).form(form);
      if (receivedBy != null) {
        invitation.receivedBy(day(receivedBy));
      }
      return onlyAssembly(GeneralAssembly.builder().id("mv").date(day("2025-11-20")).invitation(invitation.build()).build());
    }

    @ParameterizedTest(name = "received {0}: {1}")
    @CsvSource({"2025-11-05, ", "2025-11-06, WARNING", "2025-11-07, ERROR"})
    @DisplayName("Satzung § 9 Abs. 2 with §§ 187, 188 BGB: 14 days before 20 Nov 2025")
    void fourteen_days_before_the_assembly(String received, @Nullable Severity expected) {
      List<Finding> found = findings(invitedOn("2025-11-01", DeclarationForm.EMAIL, received), AS_OF, RuleId.of("MV_INVITATION_LATE"));
      if (expected == null) {
        assertThat(found).isEmpty();
      } else {
        assertThat(found).singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(expected);
          assertThat(f.citation().source()).isEqualTo("§ 9 Abs. 2 der Satzung");
          assertThat(f.facts()).contains(new Fact("latestReceipt", day("2025-11-05")));
        });
      }
    }

    @Test
    @DisplayName("Reference vector 7, Satzung § 9 Abs. 2: a letter posted 3 Nov 2025 with three days in transit arrives 6 Nov: WARNING")
    void a_letter_with_three_days_in_transit() {
      RuleEngine<Association> threeDays = RuleEngine.forAssociations()
          .addRule(BuiltInRules.invitationLate(Transit.fixed(3, 1))).build();
      assertThat(threeDays.check(invitedOn("2025-11-03", DeclarationForm.LETTER, null), AS_OF).findings())
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message(Locale.ENGLISH)).contains("6 November 2025");
            assertThat(f.facts()).extracting(Fact::name).contains("receiptTaken");
            assertThat(f.explain(Locale.ENGLISH)).contains("receipt taken as: 3 days after it was sent, as set for this check");
          });
    }

    @Test
    @DisplayName("§ 122 Abs. 2 Nr. 1 AO (BGBl. 2024 I Nr. 236) borrowed: from 2025 a letter counts as received on the fourth day, so one posted 3 Nov 2025 arrives 7 Nov: ERROR, and the finding says so")
    void a_letter_posted_in_2025_takes_four_days() {
      assertThat(findings(invitedOn("2025-11-03", DeclarationForm.LETTER, null), AS_OF, RuleId.of("MV_INVITATION_LATE")))
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.facts()).contains(new Fact("receipt", day("2025-11-07")));
            assertThat(f.explain(Locale.GERMAN)).contains("am 4. Tag nach der Aufgabe zur Post")
                .contains("§ 122 Abs. 2 Nr. 1 AO, § 41 Abs. 2 VwVfG (BGBl. 2024 I Nr. 236)");
          });
    }

    @ParameterizedTest(name = "posted {0} ({1}) → received {2}")
    @CsvSource({
        "2024-11-04, three days until 2024: Thursday, 2024-11-07",
        "2024-12-27, Monday 30 Dec, 2024-12-30",
        "2025-11-03, four days from 2025: Friday, 2025-11-07",
        "2025-11-05, the fourth day is a Sunday: Monday, 2025-11-10",
        "2025-12-22, the fourth day is Boxing Day: Monday 29 Dec, 2025-12-29",
        "2025-09-29, 3 October is German Unity Day: Monday, 2025-10-06"})
    @DisplayName("§ 122 Abs. 2 Nr. 1 AO, § 41 Abs. 2 VwVfG borrowed: the fiction of the posting day's law, moved off Saturdays, Sundays and public holidays")
    void the_postal_fiction_is_dated_and_moves_off_holidays(String posted, String why, String received) {
      assertThat(Transit.DEFAULT.receipt(day(posted), DeclarationForm.LETTER,
          de.nextnetz.rules.calendar.PublicHolidays.nationwide())).as(why).isEqualTo(day(received));
    }

    @Test
    @DisplayName("§ 130 Abs. 1 BGB: an e-mail sent in business hours is received the day it is sent")
    void an_email_is_received_the_day_it_is_sent() {
      assertThat(status(invitedOn("2025-11-05", DeclarationForm.EMAIL, null), AS_OF, RuleId.of("MV_INVITATION_LATE")))
          .isEqualTo(Status.SATISFIED);
      assertThat(Transit.DEFAULT.receipt(day("2025-11-05"), DeclarationForm.EMAIL, HolidayCalendar.none()))
          .isEqualTo(day("2025-11-05"));
    }

    @Test
    @DisplayName("Satzung deeming clause before § 130 BGB: an invitation deemed received when sent counts from its dispatch even where a later receipt is recorded")
    void a_deeming_clause_beats_a_recorded_receipt() {
      Association recordedLate = invitedOn("2025-11-05", DeclarationForm.LETTER, "2025-11-10");
      assertThat(status(recordedLate, AS_OF, RuleId.of("MV_INVITATION_LATE"))).isEqualTo(Status.VIOLATED);
      Association deemed = withStatute(version -> version.invitationDeemedOnDispatch(true)).toBuilder()
          .generalAssemblies(recordedLate.getGeneralAssemblies()).build();
      assertThat(status(deemed, AS_OF, RuleId.of("MV_INVITATION_LATE"))).isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("§ 122 Abs. 2 Nr. 1 AO borrowed: on no assembly day from 2000 to 2040 is the latest letter dispatch day a Sunday or holiday, and posting then arrives in time")
    void the_latest_dispatch_day_is_a_working_day() {
      var holidays = de.nextnetz.rules.calendar.PublicHolidays.of(de.nextnetz.domain.time.FederalState.BE);
      for (LocalDate assembly = day("2000-01-01"); assembly.isBefore(day("2041-01-01")); assembly = assembly.plusDays(1)) {
        LocalDate receiptBy = AssemblyLaw.latestReceipt(assembly, Period.ofDays(14));
        LocalDate latest = Transit.DEFAULT.latestDispatch(receiptBy, DeclarationForm.LETTER, holidays);
        assertThat(latest.getDayOfWeek()).as("assembly %s", assembly).isNotEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(holidays.isPublicHoliday(latest)).as("assembly %s", assembly).isFalse();
        assertThat(Transit.DEFAULT.receipt(latest, DeclarationForm.LETTER, holidays)).isBeforeOrEqualTo(receiptBy);
        LocalDate nextPosting = latest.plusDays(1);
        while (nextPosting.getDayOfWeek() == java.time.DayOfWeek.SUNDAY || holidays.isPublicHoliday(nextPosting)) {
          nextPosting = nextPosting.plusDays(1);
        }
        assertThat(Transit.DEFAULT.receipt(nextPosting, DeclarationForm.LETTER, holidays)).as("assembly %s", assembly)
            .isAfter(receiptBy);
      }
    }

    @Test
    @DisplayName("The days in transit and a deeming clause change the outcome: receipt on the dispatch day is in time")
    void transit_and_deeming_change_the_outcome() {
      Association letter = invitedOn("2025-11-03", DeclarationForm.LETTER, null);
      RuleEngine<Association> quick = RuleEngine.forAssociations().addRule(BuiltInRules.invitationLate(Transit.fixed(2, 1))).build();
      assertThat(quick.check(letter, AS_OF).outcome(RuleId.of("MV_INVITATION_LATE")).orElseThrow().status()).isEqualTo(Status.SATISFIED);
      Association email = invitedOn("2025-11-05", DeclarationForm.EMAIL, null);
      assertThat(status(email, AS_OF, RuleId.of("MV_INVITATION_LATE"))).as("the day it is sent").isEqualTo(Status.SATISFIED);
      RuleEngine<Association> slow = RuleEngine.forAssociations().addRule(BuiltInRules.invitationLate(Transit.fixed(3, 1))).build();
      assertThat(slow.check(email, AS_OF).outcome(RuleId.of("MV_INVITATION_LATE")).orElseThrow().status()).isEqualTo(Status.VIOLATED);
      Association deemed = withStatute(version -> version.invitationDeemedOnDispatch(true)).toBuilder()
          .generalAssemblies(letter.getGeneralAssemblies()).build();
      assertThat(status(deemed, AS_OF, RuleId.of("MV_INVITATION_LATE"))).isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("Satzung § 9 Abs. 2: for a planned assembly the latest dispatch day is a deadline (12 Dec 2026, letter: 23 Nov, since one posted 24 Nov counts as received on Monday 30 Nov)")
    void the_latest_dispatch_day_is_a_deadline() {
      Outcome outcome = check(muster(), AS_OF).outcome(RuleId.of("MV_INVITATION_LATE")).orElseThrow();
      assertThat(outcome.deadlines()).singleElement().satisfies(deadline -> {
        assertThat(deadline.dueBy()).isEqualTo(day("2026-11-23"));
        assertThat(deadline.path()).isEqualTo("/generalAssemblies/4/invitation");
        assertThat(deadline.message(Locale.GERMAN)).contains("bis 27. November 2026 zugeht");
      });
      assertThat(AssemblyLaw.latestDispatch(day("2026-12-12"), Period.ofDays(14), DeclarationForm.EMAIL,
          muster().statuteOn(AS_OF).orElseThrow(), Transit.DEFAULT, HolidayCalendar.none())).isEqualTo(day("2026-11-27"));
    }
  }

  @Nested
  class Exits {

    private StatuteVersion terms(Period notice, ExitDate at, MonthDay fiscalEnd) {
      return muster().getStatute().getVersions().get(0).toBuilder().exitNotice(notice).exitOnlyAt(at)
          .fiscalYearEnd(fiscalEnd).build();
    }

    @ParameterizedTest(name = "received {0}: out on {1}")
    @CsvSource({"2025-09-30, 2025-12-31", "2025-10-01, 2026-12-31", "2025-01-15, 2025-12-31"})
    @DisplayName("§ 39 Abs. 2 BGB: three months to the end of the year")
    void three_months_to_the_year_end(String received, String out) {
      assertThat(ExitLaw.exitDay(terms(Period.ofMonths(3), ExitDate.FISCAL_YEAR_END, MonthDay.of(12, 31)), day(received)))
          .isEqualTo(day(out));
    }

    @ParameterizedTest(name = "received {0}: out on {1}")
    @CsvSource({"2025-05-31, 2025-06-30", "2025-06-01, 2026-06-30"})
    @DisplayName("§ 39 Abs. 2 BGB: one month to 30 June, the latest receipt is 31 May, not 30 May")
    void one_month_to_the_end_of_june(String received, String out) {
      assertThat(ExitLaw.exitDay(terms(Period.ofMonths(1), ExitDate.FISCAL_YEAR_END, MonthDay.of(6, 30)), day(received)))
          .isEqualTo(day(out));
    }

    @Test
    @DisplayName("§ 39 Abs. 2 BGB: two years to the year's end is too long (about three years); one year is not")
    void two_years_to_the_year_end_is_too_long() {
      Association tooLong = withStatute(version -> version.exitNotice(Period.ofYears(2)));
      assertThat(findings(tooLong, AS_OF, RuleId.of("SATZUNG_EXIT_PERIOD_TOO_LONG"))).singleElement()
          .satisfies(f -> assertThat(f.facts()).contains(new Fact("bindsAtMost", Period.ofYears(3))));
      assertThat(status(withStatute(version -> version.exitNotice(Period.ofYears(1))), AS_OF, RuleId.of("SATZUNG_EXIT_PERIOD_TOO_LONG")))
          .isEqualTo(Status.SATISFIED);
      assertThat(ExitLaw.exitDay(tooLong.getStatute().getVersions().get(0), day("2025-10-01")))
          .as("the two years of § 39 Abs. 2 apply instead").isEqualTo(day("2027-10-01"));
    }

    @ParameterizedTest(name = "notice {0}: too long {1}")
    @CsvSource({"P800D, true", "P731D, true", "P730D, false", "P104W, false", "P105W, true", "P23M28D, false", "P23M30D, true",
        "P23M32D, true", "P2Y, false", "P2Y1D, true"})
    @DisplayName("§ 39 Abs. 2 BGB: a notice period in days or weeks is held to the two years as well (800 days are too long)")
    void notice_in_days_or_weeks_is_capped(String notice, boolean tooLong) {
      Association terms = withStatute(version -> version.exitNotice(Period.parse(notice)).exitOnlyAt(ExitDate.ANY_DAY));
      assertThat(status(terms, AS_OF, RuleId.of("SATZUNG_EXIT_PERIOD_TOO_LONG")))
          .isEqualTo(tooLong ? Status.VIOLATED : Status.SATISFIED);
      assertThat(ExitLaw.exitDay(terms.getStatute().getVersions().get(0), day("2025-01-10")))
          .as("never later than two years after the receipt").isBeforeOrEqualTo(day("2027-01-10"));
    }

    @Test
    @DisplayName("§§ 39 Abs. 1, 40 BGB: a Satzung may not exclude leaving")
    void leaving_cannot_be_excluded() {
      assertThat(status(withStatute(version -> version.exitExcluded(true)), AS_OF, RuleId.of("SATZUNG_EXIT_EXCLUDED")))
          .isEqualTo(Status.VIOLATED);
      assertThat(status(muster(), AS_OF, RuleId.of("SATZUNG_EXIT_EXCLUDED"))).isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("§ 39 BGB, Satzung § 4 Abs. 2: the exit of 30 Sep 2025 ends on 31 Dec 2025 as recorded; of 15 Oct 2026 on 31 Dec 2027")
    void the_exit_day_is_a_deadline_and_an_info_where_not_recorded() {
      Outcome outcome = check(muster(), AS_OF).outcome(RuleId.of("MEMBER_EXIT_EFFECTIVE_DATE")).orElseThrow();
      assertThat(outcome.deadlines()).extracting(Deadline::dueBy).containsExactly(day("2025-12-31"), day("2027-12-31"));
      assertThat(check(muster(), day("2025-09-29")).outcome(RuleId.of("MEMBER_EXIT_EFFECTIVE_DATE")).orElseThrow().status())
          .as("no declaration received yet").isEqualTo(Status.NOT_APPLICABLE);
      assertThat(outcome.findings()).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.path()).isEqualTo("/exitDeclarations/2");
        assertThat(f.citation().source()).isEqualTo("§ 4 Abs. 2 Satz 1 der Satzung");
      });
    }
  }

  @Nested
  class PurposeChange {

    private Association consentedOn(String day) {
      GeneralAssembly assembly = GeneralAssembly.builder().id("mv").date(day("2024-12-10"))
          .addResolution(Resolution.builder().id("r").subject("Neuer Zweck").kind(ResolutionKind.PURPOSE_CHANGE)
              .votes(Votes.of(12, 0, 0)).addConsent(Consent.builder().memberId("m13").date(day(day))
                  .form(DeclarationForm.EMAIL).build()).build())
          .build();
      return onlyAssembly(assembly);
    }

    @ParameterizedTest(name = "{0}: 8 present, 11 votes → {1}")
    @CsvSource({"2021-05-10, SATISFIED", "2023-05-10, VIOLATED"})
    @DisplayName("§ 5 Abs. 2 Nr. 2 GesRuaCOVBekG: under the COVID rule members voted before the assembly, so votes may exceed those present")
    void votes_cast_in_advance(String day, Status expected) {
      GeneralAssembly meeting = GeneralAssembly.builder().id("mv").date(day(day)).presentVoters(8)
          .addResolution(Resolution.builder().id("r").subject("Haushalt").kind(ResolutionKind.SIMPLE)
              .votes(Votes.of(10, 1, 0)).build()).build();
      Association association = muster().toBuilder().members(muster().getMembers().stream()
          .map(member -> member.toBuilder().start(day("2019-05-01")).build()).toList())
          .generalAssemblies(List.of(meeting)).build();
      assertThat(status(association, AS_OF, RuleId.of("RESOLUTION_VOTES_EXCEED_ELIGIBLE")))
          .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} yes, {2} no of 13 members → {3}")
    @CsvSource({"2021-05-10, 5, 2, SATISFIED", "2021-05-10, 4, 2, VIOLATED", "2023-05-10, 5, 2, VIOLATED",
        "2023-05-10, 13, 0, SATISFIED"})
    @DisplayName("§ 32 Abs. 3 BGB, § 5 Abs. 3 GesRuaCOVBekG: without a meeting every member agrees; under the COVID rule half of them voting sufficed")
    void a_resolution_without_a_meeting(String day, int yes, int no, Status expected) {
      GeneralAssembly written = GeneralAssembly.builder().id("umlauf").date(day(day))
          .format(de.nextnetz.domain.assembly.AssemblyFormat.WRITTEN)
          .addResolution(Resolution.builder().id("r").subject("Beitragsordnung").kind(ResolutionKind.SIMPLE)
              .votes(Votes.of(yes, no, 0)).build()).build();
      Association association = muster().toBuilder().members(muster().getMembers().stream()
          .map(member -> member.toBuilder().start(day("2019-05-01")).build()).toList())
          .generalAssemblies(List.of(written)).build();
      RuleId rule = RuleId.of("RESOLUTION_WITHOUT_MEETING_INVALID");
      assertThat(status(association, AS_OF, rule)).isEqualTo(expected);
      assertThat(status(association, AS_OF, RuleId.of("MV_INVITATION_LATE")))
          .as("no invitation period without a meeting").isEqualTo(Status.NOT_APPLICABLE);
      assertThat(status(association, AS_OF, RuleId.of("MV_QUORUM_NOT_MET")))
          .isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("§ 33 Abs. 1 Satz 2 BGB: a member present who voted yes and also consented in writing is counted once")
    void a_present_member_is_counted_once() {
      Association consented = consentedOn("2025-01-15");
      GeneralAssembly assembly = consented.getGeneralAssemblies().get(0);
      List<String> present = consented.membersOn(assembly.getDate()).stream().map(de.nextnetz.domain.membership.Member::getId)
          .filter(id -> !id.equals("m12")).toList();
      Association byName = consented.toBuilder().generalAssemblies(List.of(assembly.toBuilder()
          .presentVoters(present.size()).attendees(present).build())).build();
      RuleId rule = RuleId.of("RESOLUTION_PURPOSE_CHANGE_CONSENT_MISSING");
      assertThat(status(consented, AS_OF, rule)).as("by number only: 12 yes and m13's consent").isEqualTo(Status.SATISFIED);
      assertThat(findings(byName, AS_OF, rule)).as("m13 was present: m12 is the one absent and did not consent")
          .singleElement().satisfies(f -> assertThat(f.facts()).contains(new Fact("consentsMissing", 1L)));
    }

    @Test
    @DisplayName("§ 33 Abs. 1 Satz 2 BGB: a consent counts from the day it is given, not before")
    void a_consent_counts_from_its_day() {
      Association consented = consentedOn("2025-01-15");
      RuleId rule = RuleId.of("RESOLUTION_PURPOSE_CHANGE_CONSENT_MISSING");
      assertThat(findings(consented, day("2025-01-14"), rule)).singleElement()
          .satisfies(f -> assertThat(f.facts()).contains(new Fact("consentsMissing", 1L)));
      assertThat(status(consented, day("2025-01-15"), rule)).isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("§ 33 Abs. 1 Satz 2 BGB: an absent member's e-mail of 15 Dec 2024 is no Schriftform")
    void an_email_before_2025_is_not_enough() {
      assertThat(findings(consentedOn("2024-12-15"), AS_OF, RuleId.of("RESOLUTION_PURPOSE_CHANGE_CONSENT_MISSING"))).singleElement()
          .satisfies(f -> assertThat(f.citation().source()).contains("in der Fassung bis 31. Dezember 2024"));
    }

    @Test
    @DisplayName("§ 33 Abs. 1 Satz 2 BGB (BEG IV): an e-mail of 15 Jan 2025 is Textform and completes the consent")
    void an_email_from_2025_is_enough() {
      assertThat(status(consentedOn("2025-01-15"), AS_OF, RuleId.of("RESOLUTION_PURPOSE_CHANGE_CONSENT_MISSING")))
          .isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("§ 40 BGB: a Satzung majority for the purpose change replaces the consent of all")
    void a_satzung_majority_replaces_unanimity() {
      Association majority = withStatute(version -> version.purposeChangeMajority(Fraction.THREE_QUARTERS)).toBuilder()
          .generalAssemblies(consentedOn("2024-12-15").getGeneralAssemblies()).build();
      assertThat(status(majority, AS_OF, RuleId.of("RESOLUTION_PURPOSE_CHANGE_CONSENT_MISSING"))).isEqualTo(Status.SATISFIED);
    }
  }

  @Nested
  class ElectronicAssemblies {

    private Association assembly(String date, AssemblyFormat format, @Nullable String access) {
      Invitation.Builder invitation = Invitation.builder().dispatchedOn(day(date).minusDays(20)).form(DeclarationForm.EMAIL);
      if (access != null) {
        invitation.accessInformation(access);
      }
      return withStatute(version -> version.virtualAssemblyAllowed(false)).toBuilder().generalAssemblies(List.of(
          GeneralAssembly.builder().id("mv").date(day(date)).format(format).invitation(invitation.build()).build())).build();
    }

    @Test
    @DisplayName("§ 32 Abs. 2 BGB: a virtual assembly on 1 Mar 2023 without a Satzung basis is invalid (COVID rule ended 31 Aug 2022)")
    void virtual_before_the_law_without_basis() {
      assertThat(status(assembly("2023-03-01", AssemblyFormat.VIRTUAL, "Link"), AS_OF, RuleId.of("MV_VIRTUAL_NOT_AUTHORISED")))
          .isEqualTo(Status.VIOLATED);
      assertThat(status(assembly("2022-08-31", AssemblyFormat.VIRTUAL, null), AS_OF, RuleId.of("MV_VIRTUAL_NOT_AUTHORISED")))
          .as("the COVID rule's last day").isEqualTo(Status.SATISFIED);
      Association allowed = withStatute(version -> version.virtualAssemblyAllowed(true)).toBuilder()
          .generalAssemblies(assembly("2023-03-01", AssemblyFormat.VIRTUAL, "Link").getGeneralAssemblies()).build();
      assertThat(status(allowed, AS_OF, RuleId.of("MV_VIRTUAL_NOT_AUTHORISED"))).isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("§ 32 Abs. 2 Satz 1 und 3 BGB: a hybrid assembly on 1 Apr 2023 with access information is valid; without, it is not")
    void hybrid_from_21_march_2023() {
      Association with = assembly("2023-04-01", AssemblyFormat.HYBRID, "Videokonferenz, Link per E-Mail");
      assertThat(status(with, AS_OF, RuleId.of("MV_VIRTUAL_NOT_AUTHORISED"))).isEqualTo(Status.SATISFIED);
      assertThat(status(with, AS_OF, RuleId.of("MV_HYBRID_ACCESS_INFO_MISSING"))).isEqualTo(Status.SATISFIED);
      assertThat(status(assembly("2023-04-01", AssemblyFormat.HYBRID, null), AS_OF, RuleId.of("MV_HYBRID_ACCESS_INFO_MISSING")))
          .isEqualTo(Status.VIOLATED);
      assertThat(status(assembly("2023-03-20", AssemblyFormat.HYBRID, null), AS_OF, RuleId.of("MV_VIRTUAL_NOT_AUTHORISED")))
          .as("the day before the law").isEqualTo(Status.VIOLATED);
    }

    @Test
    @DisplayName("§ 32 Abs. 2 Satz 2 BGB: the Musterverein's virtual assembly of 2025 rests on the members' resolution of 2024")
    void a_members_resolution_authorises() {
      assertThat(status(muster(), AS_OF, RuleId.of("MV_VIRTUAL_NOT_AUTHORISED"))).isEqualTo(Status.SATISFIED);
      GeneralAssembly without = muster().getGeneralAssemblies().get(0).toBuilder()
          .resolutions(muster().getGeneralAssemblies().get(0).getResolutions().subList(0, 1)).build();
      List<GeneralAssembly> assemblies = new ArrayList<>(muster().getGeneralAssemblies());
      assemblies.set(0, without);
      assertThat(status(muster().toBuilder().generalAssemblies(assemblies).build(), AS_OF, RuleId.of("MV_VIRTUAL_NOT_AUTHORISED")))
          .isEqualTo(Status.VIOLATED);
    }
  }

  @Nested
  class QuorumRegisterAndDemands {

    @Test
    @DisplayName("Satzung § 10 Abs. 1: a quarter of 12 members is 3; 2 present is below the quorum")
    void the_quorum() {
      assertThat(findings(muster(), AS_OF, RuleId.of("MV_QUORUM_NOT_MET"))).singleElement()
          .satisfies(f -> assertThat(f.facts()).contains(new Fact("needed", 3L), new Fact("present", 2)));
      assertThat(status(withStatute(version -> version.quorum(java.util.Optional.empty())), AS_OF, RuleId.of("MV_QUORUM_NOT_MET")))
          .as("the BGB sets no quorum").isEqualTo(Status.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} present")
    @CsvSource(delimiter = '|', value = {
        "0|had no voting member present of 12|war keines von 12 Mitgliedern stimmberechtigt anwesend",
        "1|had one voting member present of 12|war eines von 12 Mitgliedern stimmberechtigt anwesend",
        "2|had 2 voting members present of 12|waren 2 von 12 Mitgliedern stimmberechtigt anwesend"})
    @DisplayName("Satzung § 10 Abs. 1: the quorum's finding counts those present as people write it (0, 1, 2)")
    void the_quorum_counts_those_present(int present, String english, String german) {
      List<GeneralAssembly> assemblies = new java.util.ArrayList<>(muster().getGeneralAssemblies());
      for (int i = 0; i < assemblies.size(); i++) {
        if (assemblies.get(i).getDate().equals(day("2026-03-14"))) {
          assemblies.set(i, assemblies.get(i).toBuilder().presentVoters(present).build());
        }
      }
      Association changed = muster().toBuilder().generalAssemblies(assemblies).build();
      assertThat(findings(changed, AS_OF, RuleId.of("MV_QUORUM_NOT_MET"))).singleElement().satisfies(f -> {
        assertThat(f.message(Locale.ENGLISH)).contains(english);
        assertThat(f.message(Locale.GERMAN)).contains(german);
      });
    }

    @Test
    @DisplayName("§ 71 Abs. 1 BGB: the change of 15 Mar 2025 takes effect with its entry on 2 Jun 2025, not before")
    void a_statute_change_takes_effect_with_its_entry() {
      assertThat(status(muster(), day("2025-06-02"), RuleId.of("SATZUNG_CHANGE_NOT_YET_EFFECTIVE"))).isEqualTo(Status.SATISFIED);
      assertThat(findings(muster(), day("2025-06-01"), RuleId.of("SATZUNG_CHANGE_NOT_YET_EFFECTIVE"))).singleElement()
          .satisfies(f -> assertThat(f.path()).isEqualTo("/generalAssemblies/1/resolutions/0"));
      assertThat(muster().getStatute().versionOn(day("2025-06-01")).orElseThrow().isStatuteChangeWordingRequired())
          .as("the old Satzung applies until the entry").isFalse();
    }

    @Test
    @DisplayName("§ 67 BGB sets no period: a change filed on day 49 is filed; a period of the user's own is named a convention")
    void board_changes_are_filed_without_an_invented_period() {
      Association filedLate = muster().toBuilder().registerFilings(List.of(RegisterFiling.builder()
          .kind(RegisterFilingKind.BOARD_CHANGE).electionDate(day("2024-03-16")).filedOn(day("2024-05-04")).build(),
          RegisterFiling.builder().kind(RegisterFilingKind.BOARD_CHANGE).electionDate(day("2026-07-01"))
              .filedOn(day("2026-07-10")).build())).build();
      assertThat(status(filedLate, AS_OF, RuleId.of("BOARD_CHANGE_NOT_FILED"))).isEqualTo(Status.SATISFIED);
      RuleEngine<Association> thirtyDays = RuleEngine.forAssociations()
          .addRule(BuiltInRules.boardChangeNotFiled(Period.ofDays(30))).build();
      assertThat(thirtyDays.check(filedLate, AS_OF).findings()).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo("/board/seats/2");
        assertThat(f.message(Locale.ENGLISH)).contains("16 March 2024")
            .contains("Eva Engel left (treasurer, term ended)").contains("Clara Conrad joined (treasurer)")
            .contains("a convention: § 67 BGB sets no period");
      });
    }

    @Test
    @DisplayName("§ 67 BGB: a re-election without interruption is no change; a resignation is one, and unfiled it is a WARNING")
    void a_resignation_is_a_change_a_re_election_is_not() {
      List<Finding> found = findings(muster(), AS_OF, RuleId.of("BOARD_CHANGE_NOT_FILED"));
      assertThat(found).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo("/board/seats/1");
        assertThat(f.message(Locale.GERMAN)).contains("1. Juli 2026").contains("Ausscheiden von Bernd Becker"
            + " (stellvertretender Vorsitz, Amtsniederlegung)").contains("§ 67 BGB setzt keine Frist");
      });
      assertThat(muster().getBoard().changes(muster().getFoundingDate())).extracting(BoardChange::day)
          .as("the chair, in office since the founding, is no change").containsExactly(day("2024-03-16"),
              day("2024-03-16"), day("2026-07-01"));
    }

    @Test
    @DisplayName("§ 26 BGB: who called an assembly is judged against the board in office when the invitation went out, not today's")
    void the_convener_is_judged_against_the_board_of_the_day() {
      Board board = muster().getBoard();
      List<BoardSeat> ended = board.getSeats().stream().map(seat -> seat.getUntil().isPresent() ? seat
          : seat.toBuilder().until(day("2026-08-31")).endReason(de.nextnetz.domain.board.SeatEnd.TERM).build()).toList();
      Board replaced = board.toBuilder().seats(ended)
          .addSeat(BoardSeat.builder().person(Person.of("n1", "Nora Neu")).role(BoardRole.CHAIR).electedOn(day("2026-09-01")).build())
          .addSeat(BoardSeat.builder().person(Person.of("n2", "Olaf Ost")).role(BoardRole.VICE_CHAIR).electedOn(day("2026-09-01")).build())
          .addSeat(BoardSeat.builder().person(Person.of("n3", "Paula Pohl")).role(BoardRole.TREASURER).electedOn(day("2026-09-01")).build())
          .build();
      Association later = muster().toBuilder().board(replaced).build();
      assertThat(findings(later, AS_OF, RuleId.of("MV_CONVENED_BY_UNAUTHORISED")))
          .extracting(Finding::path).containsExactlyElementsOf(
              findings(muster(), AS_OF, RuleId.of("MV_CONVENED_BY_UNAUTHORISED")).stream()
                  .map(Finding::path).toList());
    }

    @Test
    @DisplayName("§ 37 Abs. 2 BGB: six weeks from 1 Sep 2025 by convention; the deadline is stated until 13 Oct 2025, then a WARNING until the assembly is called on 3 Nov")
    void a_valid_demand_must_be_honoured() {
      assertThat(check(muster(), day("2025-10-13")).outcome(RuleId.of("MV_MINORITY_DEMAND_NOT_HONOURED")).orElseThrow().deadlines())
          .singleElement().satisfies(d -> assertThat(d.dueBy()).isEqualTo(day("2025-10-13")));
      assertThat(findings(muster(), day("2025-10-14"), RuleId.of("MV_MINORITY_DEMAND_NOT_HONOURED"))).singleElement()
          .satisfies(f -> assertThat(f.dueDate()).contains(day("2025-10-13")));
      RuleEngine<Association> tenWeeks = RuleEngine.forAssociations()
          .addRule(BuiltInRules.minorityDemandNotHonoured(Period.ofWeeks(10))).build();
      assertThat(tenWeeks.check(muster(), day("2025-10-20")).outcome(RuleId.of("MV_MINORITY_DEMAND_NOT_HONOURED"))
          .orElseThrow().status()).as("ten weeks run until 10 Nov 2025").isEqualTo(Status.SATISFIED);
      assertThat(status(muster(), day("2025-10-20"), RuleId.of("MV_MINORITY_DEMAND_NOT_HONOURED"))).isEqualTo(Status.VIOLATED);
      assertThat(status(muster(), day("2025-11-04"), RuleId.of("MV_MINORITY_DEMAND_NOT_HONOURED")))
          .as("called on 3 Nov 2025, late but called: honoured").isEqualTo(Status.SATISFIED);
    }
  }

  @Nested
  class EveryParameterChangesAnOutcome {

    private Status on(UnaryOperator<StatuteVersion.Builder> change, RuleId rule) {
      return status(withStatute(change), AS_OF, rule);
    }

    @Test
    @DisplayName("votingKinds, § 32 Abs. 1 BGB: a member without a vote is not counted for the quorum (on 14 Mar 2026, 11 of 12 vote)")
    void voting_kinds() {
      RuleId rule = RuleId.of("MV_QUORUM_NOT_MET");
      Association oneAssociated = withStatute(v -> v.addMembershipKinds(de.nextnetz.domain.base.MembershipKind.ASSOCIATED)
          .votingKinds(java.util.Set.of(de.nextnetz.domain.base.MembershipKind.PERSONAL)));
      List<de.nextnetz.domain.membership.Member> members = new java.util.ArrayList<>(oneAssociated.getMembers());
      members.set(12, members.get(12).toBuilder().kind(de.nextnetz.domain.base.MembershipKind.ASSOCIATED).build());
      Association associated = oneAssociated.toBuilder().members(members).build();
      assertThat(findings(associated, AS_OF, rule)).singleElement().satisfies(f -> assertThat(f.facts())
          .contains(new Fact("members", 11), new Fact("needed", 3L)));
      assertThat(findings(muster(), AS_OF, rule)).singleElement().satisfies(f -> assertThat(f.facts())
          .contains(new Fact("members", 12), new Fact("needed", 3L)));
    }

    @Test
    @DisplayName("invitationForm, § 127 BGB (OLG Hamm 27 W 104/15): a \"schriftlich\" Satzung is met by an e-mail; a handwritten one is not")
    void invitation_form() {
      RuleId rule = RuleId.of("MV_INVITATION_FORM_INVALID");
      assertThat(on(v -> v.invitationForms(java.util.Set.of()).invitationForm(FormRequirement.WRITTEN_FORM), rule))
          .isEqualTo(Status.SATISFIED);
      assertThat(on(v -> v.invitationForms(java.util.Set.of()).invitationForm(FormRequirement.STATUTORY_WRITTEN_FORM), rule))
          .isEqualTo(Status.VIOLATED);
      assertThat(AssemblyLaw.invitationForms(muster().getStatute().getVersions().get(0).toBuilder()
          .invitationForms(java.util.Set.of()).invitationForm(FormRequirement.STATUTORY_WRITTEN_FORM).build()))
          .as("the planner shows only the letter").containsExactly(DeclarationForm.LETTER);
    }

    @Test
    @DisplayName("invitationForms: an e-mail invitation is invalid where the Satzung allows only letters")
    void invitation_forms() {
      assertThat(on(v -> v, RuleId.of("MV_INVITATION_FORM_INVALID"))).isEqualTo(Status.SATISFIED);
      assertThat(on(v -> v.invitationForms(java.util.EnumSet.of(DeclarationForm.LETTER)),
          RuleId.of("MV_INVITATION_FORM_INVALID"))).isEqualTo(Status.VIOLATED);
    }

    @Test
    @DisplayName("minorityDemandForm: a Satzung that eases the form to Textform makes an e-mail demand valid in form")
    void minority_demand_form() {
      List<Finding> strict = findings(muster(), AS_OF, RuleId.of("MINORITY_DEMAND_FORM_INVALID"));
      List<Finding> eased = findings(withStatute(v -> v.minorityDemandForm(de.nextnetz.domain.statute.FormRequirement.TEXT_FORM)),
          AS_OF, RuleId.of("MINORITY_DEMAND_FORM_INVALID"));
      assertThat(strict).extracting(Finding::path).containsExactlyInAnyOrder("/minorityDemands/1/form", "/minorityDemands/1");
      assertThat(eased).extracting(Finding::path).containsExactly("/minorityDemands/1");
    }

    @Test
    @DisplayName("exitForm: where the Satzung sets no form, an oral exit is valid (§ 39 BGB)")
    void exit_form() {
      assertThat(on(v -> v, RuleId.of("MEMBER_EXIT_FORM_INVALID"))).isEqualTo(Status.VIOLATED);
      assertThat(on(v -> v.exitForm(java.util.Optional.empty()), RuleId.of("MEMBER_EXIT_FORM_INVALID")))
          .isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("statuteChangeMajority: 7 yes and 3 no fail 3/4 but pass 2/3")
    void statute_change_majority() {
      RuleId rule = RuleId.of("RESOLUTION_STATUTE_CHANGE_MAJORITY_FAILED");
      assertThat(on(v -> v, rule)).isEqualTo(Status.VIOLATED);
      assertThat(on(v -> v.statuteChangeMajority(new Fraction(2, 3)), rule)).isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("dissolutionMajority: 2 yes and 1 no fail 4/5 but pass 2/3")
    void dissolution_majority() {
      assertThat(on(v -> v, RuleId.of("RESOLUTION_DISSOLUTION_MAJORITY_FAILED"))).isEqualTo(Status.VIOLATED);
      assertThat(on(v -> v.dissolutionMajority(new Fraction(2, 3)),
          RuleId.of("RESOLUTION_DISSOLUTION_MAJORITY_FAILED"))).isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("minutesSignatures and boardRepresentation: one signature and one board member suffice where the Satzung says so")
    void minutes_signatures_and_board_representation() {
      assertThat(findings(withStatute(v -> v.minutesSignatures(1)), AS_OF, RuleId.of("MV_MINUTES_MISSING")))
          .extracting(Finding::path).containsExactly("/generalAssemblies/2");
      assertThat(on(v -> v.boardRepresentation(1), RuleId.of("MV_CONVENED_BY_UNAUTHORISED")))
          .isEqualTo(Status.SATISFIED);
      assertThat(on(v -> v.boardRepresentation(java.util.Optional.empty()).clauses(List.of()),
          RuleId.of("MV_CONVENED_BY_UNAUTHORISED"))).as("a majority of three is two").isEqualTo(Status.VIOLATED);
    }

    @Test
    @DisplayName("statuteChangeWordingRequired: the missing wording is an ERROR under the Satzung of 2025, a WARNING before")
    void statute_change_wording_required() {
      assertThat(findings(muster(), AS_OF, RuleId.of("MV_STATUTE_CHANGE_NOT_SPECIFIED")))
          .extracting(Finding::severity).containsExactlyInAnyOrder(Severity.WARNING, Severity.ERROR);
      assertThat(findings(withStatute(v -> v.statuteChangeWordingRequired(false)), AS_OF,
          RuleId.of("MV_STATUTE_CHANGE_NOT_SPECIFIED")))
          .extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.WARNING);
    }
  }

  @Test
  @DisplayName("Musterverein Beispielstadt e. V.: every new rule is applied, and the check finds what its history holds")
  void the_musterverein_exercises_every_rule() {
    CheckReport report = check(muster(), AS_OF);
    List<String> violated = report.outcomes().stream().filter(o -> o.status() == Status.VIOLATED)
        .map(o -> o.ruleId().value()).toList();
    assertThat(violated).containsExactly("BOARD_COMPOSITION_INVALID", "BOARD_ELECTION_OVERDUE", "FEE_IN_DEFAULT",
        "FEE_OVERPAID", "SEPA_MANDATE_MISSING", "SEPA_MANDATE_EXPIRED", "SEPA_MANDATE_REFERENCE_INVALID",
        "SEPA_IBAN_NOT_NORMALISED", "MV_CONVENED_BY_UNAUTHORISED", "MV_INVITATION_LATE",
        "MV_INVITATION_NOT_ALL_MEMBERS", "MV_AGENDA_ITEM_NOT_ANNOUNCED", "MV_STATUTE_CHANGE_NOT_SPECIFIED",
        "MV_HYBRID_ACCESS_INFO_MISSING", "MV_QUORUM_NOT_MET", "MV_MINUTES_MISSING", "RESOLUTION_SIMPLE_MAJORITY_FAILED",
        "RESOLUTION_STATUTE_CHANGE_MAJORITY_FAILED", "RESOLUTION_PURPOSE_CHANGE_CONSENT_MISSING",
        "RESOLUTION_DISSOLUTION_MAJORITY_FAILED", "RESOLUTION_VOTER_EXCLUDED", "RESOLUTION_VOTES_EXCEED_ELIGIBLE",
        "MINORITY_DEMAND_QUORUM_NOT_MET", "MINORITY_DEMAND_FORM_INVALID", "MV_MINORITY_DEMAND_NOT_HONOURED",
        "MEMBER_EXIT_EFFECTIVE_DATE", "MEMBER_EXIT_FORM_INVALID", "SATZUNG_MINORITY_QUORUM_INVALID", "BOARD_CHANGE_NOT_FILED",
        "DATA_RETENTION_ACTIVE", "DATA_RESTRICTION_REQUIRED", "DATA_ERASURE_DUE", "DATA_REQUEST_OVERDUE",
        "TAX_NOTICE_EXPIRING", "FUNDS_TIMELY_USE_EXEMPT", "RESERVE_FORMED_LATE", "ECONOMIC_BUSINESS_THRESHOLD_EXCEEDED",
        "ALLOWANCE_UEBUNGSLEITER_EXCEEDED", "BOARD_LIABILITY_PRIVILEGE_LOST", "TAX_RETURN_OVERDUE",
        "RECEIPT_FEE_NOT_DEDUCTIBLE",
        "RECEIPT_SIMPLIFIED_PROOF_AVAILABLE");
    assertThat(report.outcomes()).filteredOn(o -> o.status() == Status.UNKNOWN).isEmpty();
    assertThat(report.outcome(RuleId.of("BOARD_ELECTION_OVERDUE")).orElseThrow().findings()).singleElement()
        .satisfies(f -> assertThat(f.citation().source()).as("its own Satzung, not NExT's report")
            .isEqualTo("§ 7 Abs. 3 der Satzung; §§ 187 Abs. 1, 188 Abs. 2 und 3 BGB"));
  }
}
