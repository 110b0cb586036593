package de.nextnetz.test;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.report.PortfolioReview;

/**
 * The entry point of the assertions, next to AssertJ's own:
 *
 * <pre>{@code
 * import static de.nextnetz.test.NextAssertions.assertThat;
 *
 * assertThat(BuiltInRules.engine().check(next, LocalDate.of(2026, 11, 22)))
 *     .hasError("BOARD_ELECTION_OVERDUE").at("/board").dueOn(LocalDate.of(2026, 11, 21));
 * }</pre>
 */
public final class NextAssertions {

  private NextAssertions() {}

  /**
   * Starts assertions on a check report.
   *
   * @param report the report
   * @return the assertions
   */
  public static CheckReportAssert assertThat(CheckReport report) {
    return new CheckReportAssert(report);
  }

  /**
   * Starts assertions on the check report of a portfolio review.
   *
   * @param review the review
   * @return the assertions on its check report
   */
  public static CheckReportAssert assertThat(PortfolioReview review) {
    return new CheckReportAssert(review.check());
  }

  /**
   * Starts assertions on one finding.
   *
   * @param finding the finding
   * @return the assertions
   */
  public static FindingAssert assertThat(Finding finding) {
    return new FindingAssert(finding);
  }

  /**
   * Starts assertions on one outcome.
   *
   * @param outcome the outcome
   * @return the assertions
   */
  public static OutcomeAssert assertThat(Outcome outcome) {
    return new OutcomeAssert(outcome);
  }

  /**
   * Starts assertions on one deadline.
   *
   * @param deadline the deadline
   * @return the assertions
   */
  public static DeadlineAssert assertThat(Deadline deadline) {
    return new DeadlineAssert(deadline);
  }
}
