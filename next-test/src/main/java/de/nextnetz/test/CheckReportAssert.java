package de.nextnetz.test;

import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.Status;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link CheckReport}. A failure says what was expected and lists the findings (or
 * outcomes) that were there instead, so that the message alone tells what to change.
 */
public final class CheckReportAssert extends AbstractAssert<CheckReportAssert, CheckReport> {

  CheckReportAssert(CheckReport actual) {
    super(actual, CheckReportAssert.class);
  }

  /**
   * Asserts an ERROR of a rule and goes on with it.
   *
   * @param rule the rule's id, e.g. {@code "BOARD_ELECTION_OVERDUE"}
   * @return the assertions on the first such finding
   */
  public FindingAssert hasError(String rule) {
    return hasFinding(rule, Severity.ERROR);
  }

  /**
   * Asserts a WARNING of a rule and goes on with it.
   *
   * @param rule the rule's id
   * @return the assertions on the first such finding
   */
  public FindingAssert hasWarning(String rule) {
    return hasFinding(rule, Severity.WARNING);
  }

  /**
   * Asserts an INFO of a rule and goes on with it.
   *
   * @param rule the rule's id
   * @return the assertions on the first such finding
   */
  public FindingAssert hasInfo(String rule) {
    return hasFinding(rule, Severity.INFO);
  }

  /**
   * Asserts a finding of a rule with a severity and goes on with it.
   *
   * @param rule the rule's id
   * @param severity the severity
   * @return the assertions on the first such finding
   */
  public FindingAssert hasFinding(String rule, Severity severity) {
    isNotNull();
    RuleId id = RuleId.of(rule);
    Optional<Finding> found = actual.findings().stream()
        .filter(finding -> finding.ruleId().equals(id) && finding.severity() == severity).findFirst();
    if (found.isEmpty()) {
      failWithMessage("Expected %s %s in the check of %s, but it is not there.%n%s", severity, rule, actual.asOf(),
          describeFindings(actual.findings()));
    }
    return new FindingAssert(found.orElseThrow());
  }

  /**
   * Asserts that a rule found nothing.
   *
   * @param rule the rule's id
   * @return these assertions
   */
  public CheckReportAssert hasNoFindingsOf(String rule) {
    isNotNull();
    List<Finding> of = findingsOf(rule);
    if (!of.isEmpty()) {
      failWithMessage("Expected no finding of %s in the check of %s, but found:%n%s", rule, actual.asOf(),
          lines(of.stream().map(CheckReportAssert::describe).toList()));
    }
    return this;
  }

  /**
   * Asserts that no rule found an error.
   *
   * @return these assertions
   */
  public CheckReportAssert hasNoErrors() {
    isNotNull();
    List<Finding> errors = actual.findings(Severity.ERROR);
    if (!errors.isEmpty()) {
      failWithMessage("Expected no errors in the check of %s, but found:%n%s", actual.asOf(),
          lines(errors.stream().map(CheckReportAssert::describe).toList()));
    }
    return this;
  }

  /**
   * Asserts how many findings the report has.
   *
   * @param count the number of findings of any severity
   * @return these assertions
   */
  public CheckReportAssert hasFindingCount(int count) {
    isNotNull();
    if (actual.findings().size() != count) {
      failWithMessage("Expected %s findings in the check of %s, but there are %s.%n%s", count, actual.asOf(),
          actual.findings().size(), describeFindings(actual.findings()));
    }
    return this;
  }

  /**
   * Asserts that a rule could not decide, for want of facts, and goes on with its outcome.
   *
   * @param rule the rule's id
   * @return the assertions on its outcome
   */
  public OutcomeAssert isUndecided(String rule) {
    return hasStatus(rule, Status.UNKNOWN);
  }

  /**
   * Asserts that a rule holds.
   *
   * @param rule the rule's id
   * @return the assertions on its outcome
   */
  public OutcomeAssert isSatisfied(String rule) {
    return hasStatus(rule, Status.SATISFIED);
  }

  /**
   * Asserts that a rule does not apply.
   *
   * @param rule the rule's id
   * @return the assertions on its outcome
   */
  public OutcomeAssert isNotApplicable(String rule) {
    return hasStatus(rule, Status.NOT_APPLICABLE);
  }

  /**
   * Asserts the status of a rule's outcome and goes on with it.
   *
   * @param rule the rule's id
   * @param status the status
   * @return the assertions on its outcome
   */
  public OutcomeAssert hasStatus(String rule, Status status) {
    isNotNull();
    Optional<Outcome> outcome = actual.outcome(RuleId.of(rule));
    if (outcome.isEmpty()) {
      failWithMessage("Expected %s to be %s in the check of %s, but the check did not run it. Rules run: %s", rule,
          status, actual.asOf(), actual.outcomes().stream().map(o -> o.ruleId().value()).collect(Collectors.joining(", ")));
    } else if (outcome.get().status() != status) {
      failWithMessage("Expected %s to be %s in the check of %s, but it is %s.%n%s", rule, status, actual.asOf(),
          outcome.get().status(), describe(outcome.get()));
    }
    return new OutcomeAssert(outcome.orElseThrow());
  }

  /**
   * Asserts that a rule states a deadline and goes on with the first one.
   *
   * @param rule the rule's id
   * @return the assertions on the deadline
   */
  public DeadlineAssert hasDeadline(String rule) {
    isNotNull();
    RuleId id = RuleId.of(rule);
    Optional<Deadline> found = actual.deadlines().stream().filter(d -> d.ruleId().equals(id)).findFirst();
    if (found.isEmpty()) {
      failWithMessage("Expected a deadline of %s in the check of %s, but there is none. Deadlines:%n%s", rule,
          actual.asOf(), lines(actual.deadlines().stream().map(Deadline::toString).toList()));
    }
    return new DeadlineAssert(found.orElseThrow());
  }

  private List<Finding> findingsOf(String rule) {
    RuleId id = RuleId.of(rule);
    return actual.findings().stream().filter(finding -> finding.ruleId().equals(id)).toList();
  }

  /**
   * Describes findings the way a failure lists them.
   *
   * @param findings the findings
   * @return "The findings were:" and one line each, or "There are no findings."
   */
  static String describeFindings(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "There are no findings.";
    }
    return "The findings were:" + System.lineSeparator()
        + lines(findings.stream().map(CheckReportAssert::describe).toList());
  }

  /**
   * One line for a finding: severity, rule, path, due date and message.
   *
   * @param finding the finding
   * @return e.g. {@code ERROR BOARD_ELECTION_OVERDUE at /board due 2026-11-21: The board was …}
   */
  static String describe(Finding finding) {
    return finding.toString();
  }

  private static String describe(Outcome outcome) {
    return "  " + outcome.ruleId() + " " + outcome.status()
        + (outcome.missingFacts().isEmpty() ? "" : ", missing " + outcome.missingFacts())
        + (outcome.findings().isEmpty() ? "" : System.lineSeparator()
            + lines(outcome.findings().stream().map(CheckReportAssert::describe).toList()));
  }

  private static String lines(List<String> items) {
    return items.isEmpty() ? "  (none)" : items.stream().map(line -> "  " + line)
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
