package de.nextnetz.rules;

import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.findings;
import static de.nextnetz.rules.Fixtures.member;
import static de.nextnetz.rules.Fixtures.next;
import static de.nextnetz.rules.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.BoardDecision;
import de.nextnetz.domain.membership.ImmutableMember;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.domain.seeds.NextSeeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Admission per the activity report 2024, section 1.2: application, two reviews, board approval. */
class AdmissionRulesTest {

  private static final LocalDate APPLIED = day("2024-05-02");
  private static final LocalDate APPROVED = day("2024-06-15");

  /** NExT plus one applicant, P-200, admitted with the given reviews. */
  private static Association admitting(Review... reviews) {
    return admittingWith(Application.builder().id("A-P-200").applicantName("Neues Mitglied (Platzhalter)")
        .memberId("P-200").kind(MembershipKind.PERSONAL).date(APPLIED).addReviews(reviews)
        .decision(BoardDecision.approvedOn(APPROVED)).build(), APPROVED);
  }

  private static Association admittingWith(Application application, LocalDate start) {
    ImmutableAssociation next = next();
    List<Member> members = new ArrayList<>(next.getMembers());
    members.add(ImmutableMember.copyOf(member("P-200", start)).withApplicationId(application.getId()));
    List<Application> applications = new ArrayList<>(next.getApplications());
    applications.add(application);
    return next.withMembers(members).withApplications(applications);
  }

  private static String pathOfNewApplication() {
    return "/applications/" + NextSeeds.applications().size();
  }

  @Test
  @DisplayName("Satzung 1.2: the seeded admissions (two founders review, the board approves) comply")
  void the_seeded_admissions_comply() {
    CheckReport report = Fixtures.check(next(), day("2025-01-01"));
    for (RuleId rule : List.of(RuleId.of("MEMBER_ADMISSION_APPLICATION_MISSING"), RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT"),
        RuleId.of("MEMBER_ADMISSION_BOARD_APPROVAL_MISSING"), RuleId.of("MEMBER_ADMISSION_SEQUENCE_INVALID"), RuleId.of("MEMBER_START_DATE_INCONSISTENT"),
        RuleId.of("MEMBER_TYPE_NOT_IN_SATZUNG"), RuleId.of("MEMBER_COUNT_BELOW_3"))) {
      assertThat(report.outcome(rule).orElseThrow().status()).as(rule.value()).isEqualTo(Status.SATISFIED);
    }
  }

  @Test
  @DisplayName("Satzung 1.2: two distinct members reviewing on or after the application suffice")
  void two_eligible_reviewers_suffice() {
    Association admitted = admitting(Review.of("P-001", day("2024-05-10")), Review.of("P-002", day("2024-05-11")));
    assertThat(findings(admitted, day("2024-07-01"), RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT"))).isEmpty();
  }

  @Test
  @DisplayName("Satzung 1.2: one review is not enough; the finding says who counted and why the others did not")
  void one_reviewer_is_not_enough() {
    Association admitted = admitting(
        Review.of("P-001", day("2024-05-10")),
        Review.of("P-001", day("2024-05-20")),
        Review.of("P-200", day("2024-05-21")),
        Review.of("P-002", day("2024-04-30")),
        Review.of("P-078", day("2024-05-12")),
        Review.of("nobody", day("2024-05-12")));

    assertThat(findings(admitted, day("2024-07-01"), RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT")))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.path()).isEqualTo(pathOfNewApplication());
          assertThat(f.message(Locale.ENGLISH))
              .isEqualTo("Application A-P-200 counts one eligible reviewer; the statute requires 2.");
          assertThat(f.explain(Locale.ENGLISH)).contains("counted reviewers: P-001")
              .contains("P-002 (reviewed on 30 April 2024, before the application)")
              .contains("P-200 (is the applicant)")
              .contains("P-078 (was not a member on 12 May 2024)")
              .contains("nobody (is not a member)");
          assertThat(f.explain(Locale.GERMAN)).contains("P-200 (ist selbst antragstellend)")
              .contains("P-002 (geprüft am 30. April 2024, vor dem Antrag)");
        });
  }

  @Test
  void a_review_after_the_day_of_the_check_does_not_count_yet() {
    Association admitted = admitting(Review.of("P-001", day("2024-05-10")), Review.of("P-002", day("2024-08-01")));
    assertThat(findings(admitted, day("2024-07-01"), RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT"))).hasSize(1);
    assertThat(findings(admitted, day("2024-08-01"), RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT"))).isEmpty();
  }

  @Test
  @DisplayName("Satzung 1.2: a membership without the board's approval is an ERROR")
  void approval_missing() {
    Application pending = Application.builder().id("A-P-200").applicantName("Neues Mitglied (Platzhalter)")
        .memberId("P-200").kind(MembershipKind.PERSONAL).date(APPLIED)
        .addReviews(Review.of("P-001", day("2024-05-10")), Review.of("P-002", day("2024-05-11"))).build();
    Association admitted = admittingWith(pending, APPROVED);

    assertThat(findings(admitted, day("2024-07-01"), RuleId.of("MEMBER_ADMISSION_BOARD_APPROVAL_MISSING")))
        .singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH)).isEqualTo(
            "Member P-200 (since 15 June 2024) has no board approval of application A-P-200 (decision: none)."));
    assertThat(status(admitted, day("2024-07-01"), RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT")))
        .as("a pending application is not judged for its reviews").isEqualTo(Status.SATISFIED);
  }

  @Test
  void a_member_without_application_is_an_error_but_founders_and_associated_members_are_not_checked() {
    ImmutableAssociation next = next();
    List<Member> members = new ArrayList<>(next.getMembers());
    members.add(member("P-300", day("2024-03-01")));
    Association withStranger = next.withMembers(members);

    assertThat(findings(withStranger, day("2024-07-01"), RuleId.of("MEMBER_ADMISSION_APPLICATION_MISSING")))
        .singleElement().satisfies(f -> {
          assertThat(f.path()).isEqualTo("/members/" + (members.size() - 1));
          assertThat(f.message(Locale.GERMAN)).isEqualTo("Zum Mitglied P-300 (seit 1. März 2024) ist kein Antrag erfasst.");
        });
    // Wiesbaden (associated, no application in the seeds) and the seven founders pass unchecked.
    assertThat(findings(next, day("2024-12-31"), RuleId.of("MEMBER_ADMISSION_APPLICATION_MISSING"))).isEmpty();
  }

  @Test
  void out_of_order_steps_and_an_early_start_are_warnings() {
    Application early = Application.builder().id("A-P-200").applicantName("Neues Mitglied (Platzhalter)")
        .memberId("P-200").kind(MembershipKind.PERSONAL).date(APPLIED)
        .addReviews(Review.of("P-001", day("2024-05-10")), Review.of("P-002", day("2024-06-20")))
        .decision(BoardDecision.approvedOn(APPROVED)).build();
    Association admitted = admittingWith(early, day("2024-06-01"));

    assertThat(findings(admitted, day("2024-07-01"), RuleId.of("MEMBER_ADMISSION_SEQUENCE_INVALID")))
        .extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(findings(admitted, day("2024-07-01"), RuleId.of("MEMBER_START_DATE_INCONSISTENT")))
        .singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH))
            .isEqualTo("Member P-200 starts on 1 June 2024, before the board's approval on 15 June 2024."));
  }

  @Test
  @DisplayName("§ 58 Nr. 1 BGB: a kind of membership the statute does not know is an ERROR")
  void kind_not_in_statute() {
    Association withoutAssociated = Fixtures.withStatute(next(),
        v -> v.withMembershipKinds(EnumSet.of(MembershipKind.PERSONAL, MembershipKind.INSTITUTIONAL)));
    assertThat(findings(withoutAssociated, day("2025-01-01"), RuleId.of("MEMBER_TYPE_NOT_IN_SATZUNG")))
        .singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH)).startsWith("Member wiesbaden is of kind associated"));
  }

  /** Three founders; the third membership's last day is the given day. */
  private static Association threeMembersUntil(LocalDate lastDayOfTheThird) {
    return next().withMembers(member("P-001", day("2018-07-12")), member("P-002", day("2018-07-12")),
        ImmutableMember.copyOf(member("P-003", day("2018-07-12"))).withEnd(lastDayOfTheThird));
  }

  @Test
  @DisplayName("§ 73 BGB, reference vector 11: the third membership ends on 10 Mar 2025, the application is due 10 Jun 2025 (§§ 187 Abs. 1, 188 Abs. 2 BGB)")
  void fewer_than_three_members() {
    Association tiny = threeMembersUntil(day("2025-03-10"));

    assertThat(findings(tiny, day("2025-03-10"), RuleId.of("MEMBER_COUNT_BELOW_3"))).isEmpty();
    assertThat(findings(tiny, day("2025-03-11"), RuleId.of("MEMBER_COUNT_BELOW_3"))).singleElement().satisfies(f -> {
      assertThat(f.dueDate()).contains(day("2025-06-10"));
      assertThat(f.citation().source()).isEqualTo("§ 73 BGB");
      assertThat(f.message(Locale.ENGLISH)).contains("2 members, fewer than three from 10 March 2025 on")
          .contains("by 10 June 2025").contains("The three months run from 10 March 2025, counted from the end of the starting day to the day of the same number, §§ 187 Abs. 1");
    });
  }

  @Test
  @DisplayName("§ 73 BGB: counted from the day the number fell, not from the first day with two members: a membership ending 9 Mar gives 9 Jun, not 10 Jun")
  void the_three_months_count_from_the_day_the_number_fell() {
    Association tiny = threeMembersUntil(day("2025-03-09"));

    assertThat(findings(tiny, day("2025-03-10"), RuleId.of("MEMBER_COUNT_BELOW_3"))).singleElement()
        .satisfies(f -> assertThat(f.dueDate()).contains(day("2025-06-09")));
  }

  @Test
  @DisplayName("§ 73 BGB: an association that never had three members counts from the start of its founding day (§ 187 Abs. 2 BGB)")
  void founded_with_fewer_than_three_counts_from_the_start_of_the_founding_day() {
    Association tiny = next().withFoundingDate(day("2025-03-01")).withMembers(
        member("P-001", day("2025-03-01")), member("P-002", day("2025-03-01")));

    assertThat(findings(tiny, day("2025-04-01"), RuleId.of("MEMBER_COUNT_BELOW_3"))).singleElement().satisfies(f -> {
      assertThat(f.dueDate()).contains(day("2025-05-31"));
      assertThat(f.message(Locale.GERMAN)).contains("gezählt ab dem Beginn des Ausgangstages");
    });
  }
}
