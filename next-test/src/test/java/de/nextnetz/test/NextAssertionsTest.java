package de.nextnetz.test;

import de.nextnetz.rules.builtin.BuiltInRules;
import static de.nextnetz.test.NextAssertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.report.PortfolioReview;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NextAssertionsTest {

  private static final LocalDate DAY_AFTER = LocalDate.of(2026, 11, 22);

  private static CheckReport check(de.nextnetz.domain.Association association, LocalDate day) {
    return BuiltInRules.engine().check(association, day);
  }

  @Test
  @DisplayName("Satzung 1.3, §§ 187, 188 BGB: the board elected 21 Nov 2024 is overdue on 22 Nov 2026")
  void the_2024_board_is_overdue_the_day_after_the_deadline() {
    assertThat(check(NextFixtures.next2024(), DAY_AFTER))
        .hasError("BOARD_ELECTION_OVERDUE").at("/board").dueOn(LocalDate.of(2026, 11, 21))
        .citing("§§ 187 Abs. 1").withFact("lastElection", LocalDate.of(2024, 11, 21))
        .saying("the re-election was due by 21 November 2026", Locale.ENGLISH)
        .saying("Neuwahl war bis 21. November 2026 fällig", Locale.GERMAN);
    assertThat(check(NextFixtures.next2024(), LocalDate.of(2026, 11, 21)))
        .hasNoFindingsOf("BOARD_ELECTION_OVERDUE").isSatisfied("BOARD_ELECTION_OVERDUE");
    assertThat(check(NextFixtures.next2024(), LocalDate.of(2026, 11, 21)))
        .hasWarning("BOARD_TERM_EXPIRING_SOON").withSeverity(Severity.WARNING);
  }

  @Test
  @DisplayName("§ 32 Abs. 1 BGB, § 10 der Satzung: the Musterverein's assembly of 14 March 2026 misses its own quorum")
  void the_musterverein_is_judged_by_its_own_satzung() {
    assertThat(check(NextFixtures.musterverein(), DAY_AFTER))
        .hasError("MV_QUORUM_NOT_MET").citing("§ 10 Abs. 1 der Satzung")
        .saying("had 2 voting members present of 12; the quorum of 1/4 needs 3", Locale.ENGLISH);
  }

  @Test
  @DisplayName("Satzung 1.3: a board elected on another day moves the deadline")
  void a_board_elected_on_another_day() {
    assertThat(check(NextFixtures.boardElectedOn(LocalDate.of(2024, 2, 29)), LocalDate.of(2026, 3, 1)))
        .hasError("BOARD_ELECTION_OVERDUE").dueOn(LocalDate.of(2026, 2, 28));
  }

  @Test
  @DisplayName("§ 73 BGB: three founders, the third leaving on 10 Mar 2025; undecided years name their missing facts")
  void members_and_undecided_rules() {
    var founded = LocalDate.of(2018, 7, 12);
    var tiny = NextFixtures.withMembers(NextFixtures.next2024().toBuilder().applications(List.of()).build(),
        NextFixtures.personalMember("P-001", founded), NextFixtures.personalMember("P-002", founded),
        NextFixtures.personalMember("P-003", founded, LocalDate.of(2025, 3, 10)));
    assertThat(check(tiny, LocalDate.of(2025, 3, 11))).hasError("MEMBER_COUNT_BELOW_3").dueOn(LocalDate.of(2025, 6, 10));
    assertThat(check(NextFixtures.next2024(), LocalDate.of(2026, 1, 1))).isUndecided("MV_ANNUAL_MISSING")
        .missing("/events (2025)");
  }

  @Test
  @DisplayName("§ 193 BGB: a fee due on 8 May 2025 in Berlin is due on 9 May; Wiesbaden's review has no error")
  void deadlines_and_portfolios() {
    var withFeeDay = NextFixtures.withStatute(NextFixtures.next2024(), v -> v.feeDueDay(MonthDay.of(5, 8)));
    assertThat(check(withFeeDay, LocalDate.of(2025, 5, 1))).hasDeadline("FEE_DUE").dueBy(LocalDate.of(2025, 5, 9))
        .at("/members");
    assertThat(check(NextFixtures.next2024(), DAY_AFTER)).hasDeadline("BOARD_ELECTION_OVERDUE").isOverdue();
    assertThat(PortfolioReview.of(NextFixtures.wiesbadenPortfolio(), Year.of(2025), LocalDate.of(2025, 8, 15)))
        .hasNoErrors();
    var withoutResolution = NextFixtures.wiesbadenWith(membership ->
        de.nextnetz.domain.municipal.ImmutableMunicipalMembership.copyOf(membership).withResolution(java.util.Optional.empty()));
    assertThat(PortfolioReview.of(withoutResolution, Year.of(2025), LocalDate.of(2025, 8, 15)))
        .hasError("MUNICIPAL_RESOLUTION_MISSING").at("/memberships/0");
    var application = NextFixtures.approvedApplication("A-1", "P-100", LocalDate.of(2025, 1, 10),
        LocalDate.of(2025, 2, 1), "P-001", "P-002");
    org.assertj.core.api.Assertions.assertThat(application.getReviews()).hasSize(2);
  }

  @Test
  @DisplayName("A failure names what was expected and lists the findings that were there instead")
  void a_failure_lists_the_actual_findings() {
    Throwable failure = catchThrowable(() -> assertThat(check(NextFixtures.next2024(), DAY_AFTER))
        .hasError("BOARD_TERM_EXPIRING_SOON"));

    org.assertj.core.api.Assertions.assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected ERROR BOARD_TERM_EXPIRING_SOON in the check of 2026-11-22, but it is not there.")
        .hasMessageContaining("The findings were:")
        .hasMessageContaining("ERROR BOARD_ELECTION_OVERDUE at /board due 2026-11-21: The board was last elected");
    Throwable wrongDay = catchThrowable(() -> assertThat(check(NextFixtures.next2024(), DAY_AFTER))
        .hasError("BOARD_ELECTION_OVERDUE").dueOn(LocalDate.of(2026, 11, 22)));
    org.assertj.core.api.Assertions.assertThat(wrongDay)
        .hasMessage("Expected BOARD_ELECTION_OVERDUE due on 2026-11-22, but it is due on 2026-11-21.");
    Throwable notUndecided = catchThrowable(() -> assertThat(check(NextFixtures.next2024(), DAY_AFTER))
        .isUndecided("BOARD_ELECTION_OVERDUE"));
    org.assertj.core.api.Assertions.assertThat(notUndecided)
        .hasMessageContaining("Expected BOARD_ELECTION_OVERDUE to be UNKNOWN in the check of 2026-11-22, but it is VIOLATED.");
    Throwable noSuchRule = catchThrowable(() -> assertThat(check(NextFixtures.next2024(), DAY_AFTER))
        .isSatisfied("NO_SUCH_RULE"));
    org.assertj.core.api.Assertions.assertThat(noSuchRule).hasMessageContaining("the check did not run it. Rules run: BOARD_MISSING");
  }
}
