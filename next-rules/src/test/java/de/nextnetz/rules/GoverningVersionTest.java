package de.nextnetz.rules;

import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.findings;
import static de.nextnetz.rules.Fixtures.next;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.statute.ImmutableStatuteVersion;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One rule for which Satzung version governs a judgement: the version in force on the day of the act judged (a
 * board's decision on an application, the end of a year whose rhythm is judged), whatever the day of the check.
 */
class GoverningVersionTest {

  private static final LocalDate AMENDED = day("2025-01-01");

  /** NExT with its Satzung amended on 1 Jan 2025: the version before it changed as given, the later one as it was. */
  private static Association amended(java.util.function.UnaryOperator<ImmutableStatuteVersion> before) {
    ImmutableAssociation next = next();
    StatuteVersion now = next.getStatute().getVersions().get(0);
    ImmutableStatuteVersion earlier = before.apply(ImmutableStatuteVersion.copyOf(now));
    ImmutableStatuteVersion later = ImmutableStatuteVersion.copyOf(now).withValidFrom(AMENDED);
    return next.withStatute(Statute.builder().addVersions(earlier, later).build());
  }

  @Test
  @DisplayName("§ 58 Nr. 1 BGB, Satzung 1.2: an admission decided under a version that asked for three reviewers is"
      + " judged by it, also after a later version asks for two")
  void an_admission_is_judged_by_the_version_of_the_boards_decision() {
    Association association = amended(version -> version.withReviewersRequired(3));
    long decidedBefore = association.getApplications().stream().map(Application::getDecision)
        .filter(decision -> decision.isPresent() && decision.get().getDate().isBefore(AMENDED)).count();
    assertThat(decidedBefore).isPositive();

    List<Finding> later = findings(association, day("2026-06-01"), RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT"));
    List<Finding> then = findings(association, day("2024-12-31"), RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT"));
    assertThat(later).hasSize((int) decidedBefore).allSatisfy(finding ->
        assertThat(finding.facts()).anySatisfy(fact -> {
          assertThat(fact.name()).isEqualTo("required");
          assertThat(fact.value()).isEqualTo(3);
        }));
    assertThat(later).extracting(Finding::path).isEqualTo(then.stream().map(Finding::path).toList());
    assertThat(findings(next(), day("2026-06-01"), RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT"))).isEmpty();
  }

  @Test
  @DisplayName("§ 58 Nr. 4 BGB, Satzung 2.2: a year's community meetings are judged by the version in force at the"
      + " year's end; a later version's band does not reach back")
  void a_years_meetings_are_judged_by_the_version_at_its_end() {
    Association strictBefore = amended(version -> version.withCommunityMaxMeetings(12).withCommunityMinMeetings(12));
    assertThat(findingsOfYear(strictBefore, 2024)).isNotEmpty().allSatisfy(finding ->
        assertThat(finding.facts()).anySatisfy(fact -> {
          assertThat(fact.name()).isEqualTo("minimum");
          assertThat((Integer) fact.value()).isGreaterThan(6);
        }));

    ImmutableAssociation next = next();
    StatuteVersion now = next.getStatute().getVersions().get(0);
    Association strictAfter = next.withStatute(Statute.builder().addVersions(ImmutableStatuteVersion.copyOf(now),
        ImmutableStatuteVersion.copyOf(now).withValidFrom(AMENDED).withCommunityMaxMeetings(12)
            .withCommunityMinMeetings(12)).build());
    assertThat(findingsOfYear(strictAfter, 2024)).as("2024 keeps the band of its own version")
        .isEqualTo(findingsOfYear(next, 2024));
    assertThat(findingsOfYear(strictAfter, 2024)).as("the same band in force in 2025 only would find more")
        .hasSizeLessThan(findingsOfYear(strictBefore, 2024).size());
  }

  private static List<Finding> findingsOfYear(Association association, int year) {
    return findings(association, day("2026-06-01"), RuleId.of("COMMUNITY_MEETING_FREQUENCY")).stream()
        .filter(finding -> finding.facts().stream().anyMatch(fact -> fact.name().equals("year")
            && fact.value().toString().equals(Integer.toString(year)))).toList();
  }

  @Test
  @DisplayName("§ 36 BGB: a year before an amendment that asks for an annual assembly is not judged by it")
  void an_annual_assembly_is_owed_only_under_a_version_that_asks_for_it() {
    Association before = amended(version -> version.withAnnualGeneralAssembly(false));
    Outcome outcome = Fixtures.check(before, day("2025-06-01")).outcome(RuleId.of("MV_ANNUAL_MISSING")).orElseThrow();
    assertThat(outcome.findings()).isEmpty();
    assertThat(outcome.status()).isIn(Status.NOT_APPLICABLE, Status.UNKNOWN);
  }

  @Test
  @DisplayName("Satzung as data: where no version asks for spring and autumn conferences, NEXTPANEL_FREQUENCY is not"
      + " applicable and names no missing year")
  void no_conference_rule_without_a_version_that_asks_for_it() {
    Association noneBefore = amended(version -> version.withSpringAndAutumnConference(false));
    Association noneLater = next().withStatute(Statute.of(ImmutableStatuteVersion.copyOf(
        next().getStatute().getVersions().get(0)).withSpringAndAutumnConference(false)));
    Outcome outcome = Fixtures.check(noneLater, day("2026-06-01")).outcome(
        RuleId.of("NEXTPANEL_FREQUENCY")).orElseThrow();
    assertThat(outcome.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(outcome.missingFacts()).isEmpty();
    Outcome mixed = Fixtures.check(noneBefore, day("2026-06-01")).outcome(
        RuleId.of("NEXTPANEL_FREQUENCY")).orElseThrow();
    assertThat(mixed.findings()).as("2024 is judged by a version without conferences").noneMatch(finding ->
        finding.facts().stream().anyMatch(fact -> fact.name().equals("year") && fact.value().toString().equals("2024")));
  }
}
