package de.nextnetz.rules;

import de.nextnetz.rules.builtin.BuiltInRules;
import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.next;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.community.ImmutableCommunity;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.ImmutableApplication;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.rules.deadlines.Deadlines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One mechanism: a pure context, deadlines from the rules, one engine for every subject, rule metadata once. */
class OneMechanismTest {

  private static final RuleEngine<Association> ENGINE = BuiltInRules.engine();

  @Test
  @DisplayName("A check context is a value: reused for two associations, each gets its own findings")
  void one_context_serves_two_associations() {
    Association next = next();
    Association unapproved = withoutApprovals(next);
    CheckContext context = ENGINE.contextOn(next, day("2025-01-01"));

    CheckReport first = ENGINE.check(unapproved, context);
    CheckReport second = ENGINE.check(next, context);
    CheckReport third = ENGINE.check(unapproved, context);

    assertThat(second.findings()).isEqualTo(ENGINE.check(next, day("2025-01-01")).findings());
    assertThat(first.findings()).isEqualTo(third.findings())
        .isEqualTo(ENGINE.check(unapproved, day("2025-01-01")).findings());
    assertThat(first.findings()).filteredOn(f -> f.ruleId().equals(RuleId.of("MEMBER_ADMISSION_BOARD_APPROVAL_MISSING")))
        .hasSize(next.getApplications().size());
    assertThat(second.findings()).filteredOn(f -> f.ruleId().equals(RuleId.of("MEMBER_ADMISSION_BOARD_APPROVAL_MISSING"))).isEmpty();
  }

  @Test
  @DisplayName("Satzung (Tätigkeitsbericht 1.2): without board approval in the statute, no approval findings")
  void board_approval_not_required_means_no_approval_findings() {
    Association unapproved = withoutApprovals(next());
    assertThat(Fixtures.findings(unapproved, day("2025-01-01"), RuleId.of("MEMBER_ADMISSION_BOARD_APPROVAL_MISSING")))
        .hasSize(unapproved.getApplications().size());

    Association noApprovalNeeded = Fixtures.withStatute(unapproved, v -> v.withBoardApprovalRequired(false));
    CheckReport report = ENGINE.check(noApprovalNeeded, day("2025-01-01"));
    assertThat(report.outcome(RuleId.of("MEMBER_ADMISSION_BOARD_APPROVAL_MISSING")).orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(report.outcome(RuleId.of("MEMBER_START_DATE_INCONSISTENT")).orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  @DisplayName("Satzung 2.2, pro rata: Veränderungsmanagement (founded 2024) is held to the share of 2024 it existed")
  void the_community_deadline_uses_the_pro_rata_minimum() {
    // The office on 1 October 2024, with Table 1 recorded up to 30 September.
    Association october = recordedUpTo(next(), day("2024-09-30"));
    int index = communityIndex(october, "veraenderungsmanagement");
    String path = "/communities/" + index;
    // Its first event of 2024 is the What's NExT? of 20 June: 195 of 366 days, 2 × 195 / 366 rounded up = 2.
    assertThat(communityDeadline(october, path).message(Locale.ENGLISH))
        .contains("has met not at all in 2024; 2 more meetings needed (minimum 2)");

    // Founded on 10 October 2024 instead (its first community meeting): 83 of 366 days, one meeting expected.
    List<Community> communities = new ArrayList<>(october.getCommunities());
    communities.set(index, ImmutableCommunity.copyOf(communities.get(index)).withFoundingDate(day("2024-10-10")));
    Association lateFounded = ImmutableAssociation.copyOf(october).withCommunities(communities);
    Deadline deadline = communityDeadline(lateFounded, path);
    assertThat(deadline.dueBy()).isEqualTo(day("2024-12-31"));
    assertThat(deadline.message(Locale.ENGLISH)).contains("one more meeting needed (minimum 1)");
    assertThat(deadline.message(Locale.GERMAN)).contains("ein weiteres Treffen ist nötig (Minimum 1)");
    // The rule's verdict on the day after agrees: one meeting was the minimum.
    assertThat(Fixtures.findings(lateFounded, day("2025-01-01"), RuleId.of("COMMUNITY_MEETING_FREQUENCY")))
        .filteredOn(f -> f.path().equals(path))
        .singleElement().satisfies(f -> assertThat(f.facts()).contains(new Fact("minimum", 1)));
  }

  private static Association recordedUpTo(Association association, LocalDate last) {
    return ImmutableAssociation.copyOf(association).withEvents(association.getEvents().stream()
        .filter(event -> !event.getDate().isAfter(last)).toList());
  }

  private static Deadline communityDeadline(Association association, String path) {
    return Deadlines.between(association, day("2024-10-01"), day("2024-12-31")).stream()
        .filter(d -> d.ruleId().equals(RuleId.of("COMMUNITY_MEETING_FREQUENCY")) && d.path().equals(path))
        .findFirst().orElseThrow();
  }

  @Test
  @DisplayName("§ 39 Abs. 2 BGB: leaving only at the end of the year, or at any month's end, with the membership's notice")
  void exit_terms_of_a_membership_change_the_notice_deadline() {
    MunicipalPortfolio portfolio = NextSeeds.wiesbadenPortfolio();
    var membership = NextSeeds.wiesbadenMembership();
    MunicipalPortfolio yearEnd = de.nextnetz.domain.municipal.ImmutableMunicipalPortfolio.copyOf(portfolio).withMemberships(List.of(
        de.nextnetz.domain.municipal.ImmutableMunicipalMembership.copyOf(membership)
            .withExitNoticeMonths(3).withExitOnlyAtYearEnd(true)));
    MunicipalPortfolio monthEnd = de.nextnetz.domain.municipal.ImmutableMunicipalPortfolio.copyOf(portfolio).withMemberships(List.of(
        de.nextnetz.domain.municipal.ImmutableMunicipalMembership.copyOf(membership)
            .withExitNoticeMonths(3).withExitOnlyAtYearEnd(false)));
    MunicipalPortfolio oneMonth = de.nextnetz.domain.municipal.ImmutableMunicipalPortfolio.copyOf(portfolio).withMemberships(List.of(
        de.nextnetz.domain.municipal.ImmutableMunicipalMembership.copyOf(membership)
            .withExitNoticeMonths(1).withExitOnlyAtYearEnd(false)));
    RuleEngine<MunicipalPortfolio> engine = BuiltInRules.portfolioEngine();

    assertThat(engine.check(yearEnd, day("2025-06-01")).deadlines()).extracting(Deadline::dueBy)
        .containsExactly(day("2025-09-30"));
    assertThat(engine.check(monthEnd, day("2025-06-01")).deadlines()).extracting(Deadline::dueBy)
        .containsExactly(day("2025-06-30"));
    assertThat(engine.check(oneMonth, day("2025-06-01")).deadlines()).extracting(Deadline::dueBy)
        .containsExactly(day("2025-06-30"));
    assertThat(engine.check(oneMonth, day("2025-06-01")).findings()).singleElement()
        .satisfies(f -> assertThat(f.facts()).contains(new Fact("exit", day("2025-07-31"))));
  }

  @Test
  @DisplayName("One engine and one report type check a municipality's portfolio")
  void the_portfolio_runs_through_the_same_engine() {
    CheckReport report = BuiltInRules.portfolioEngine().check(NextSeeds.wiesbadenPortfolio(), day("2025-01-01"));
    assertThat(report.outcomes()).hasSize(BuiltInRules.portfolio().size());
    assertThat(report.statuteVersion()).isEmpty();
    assertThat(report.assumptions()).isEmpty();
  }

  @Test
  @DisplayName("Every rule states its metadata once, and its class name says its id")
  void the_class_name_says_the_rule_id() {
    Pattern camel = Pattern.compile("(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Z])");
    Stream.concat(BuiltInRules.all().stream(), BuiltInRules.portfolio().stream()).forEach(rule -> {
      String name = camel.matcher(rule.getClass().getSimpleName()).replaceAll("_").toUpperCase(Locale.ROOT);
      assertThat(name).as(rule.getClass().getName()).isEqualTo(rule.id().value());
      assertThat(rule.definition().citation().source()).isNotBlank();
    });
  }

  @Test
  @DisplayName("Typed facts: a date stays a date until it is rendered, 21 November 2024 / 21. November 2024")
  void facts_keep_their_types_until_rendered() {
    Finding overdue = ENGINE.check(next(), day("2026-11-22")).findings().get(0);
    assertThat(overdue.facts()).contains(new Fact("lastElection", day("2024-11-21")), new Fact("continuationClause", false));
    assertThat(overdue.message(Locale.GERMAN)).contains("zuletzt am 21. November 2024 gewählt");
    assertThat(overdue.message(Locale.ENGLISH)).contains("last elected on 21 November 2024");
  }

  private static Association withoutApprovals(Association association) {
    List<Application> applications = new ArrayList<>();
    for (Application application : association.getApplications()) {
      applications.add(ImmutableApplication.copyOf(application).withDecision(java.util.Optional.empty()));
    }
    return ImmutableAssociation.copyOf(association).withApplications(applications);
  }

  private static int communityIndex(Association association, String id) {
    for (int i = 0; i < association.getCommunities().size(); i++) {
      if (association.getCommunities().get(i).getId().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

}
