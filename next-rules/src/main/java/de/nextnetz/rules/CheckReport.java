package de.nextnetz.rules;

import de.nextnetz.domain.statute.Assumption;
import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of a check: the day, the statute version used with the assumptions it rests on, the
 * outcome of every rule in the engine's order, and all findings in a stable order (severity, then
 * the engine's order of rules, then path, then message).
 */
public final class CheckReport {

  private final LocalDate asOf;
  private final StatuteVersion statute;
  private final List<Outcome> outcomes;
  private final List<Finding> findings;

  CheckReport(LocalDate asOf, StatuteVersion statute, List<Outcome> outcomes) {
    this.asOf = asOf;
    this.statute = statute;
    this.outcomes = List.copyOf(outcomes);
    this.findings = Findings.inReportOrder(outcomes);
  }

  /** {@return the day of the check} */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** {@return the statute version in force on that day} */
  public StatuteVersion getStatute() {
    return statute;
  }

  /** {@return the assumptions the statute version rests on, which the check relied on} */
  public List<Assumption> getAssumptions() {
    return statute.getAssumptions();
  }

  /** {@return the outcome of every rule, in the engine's order} */
  public List<Outcome> getOutcomes() {
    return outcomes;
  }

  /** {@return all findings, most serious first, in a stable order} */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * Lists the findings of one severity.
   *
   * @param severity the severity
   * @return those findings, in the report's order
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(finding -> finding.getSeverity() == severity).toList();
  }

  /**
   * Finds the outcome of a rule.
   *
   * @param ruleId the rule
   * @return its outcome, if the engine ran that rule
   */
  public Optional<Outcome> outcome(RuleId ruleId) {
    return outcomes.stream().filter(outcome -> outcome.getRuleId().equals(ruleId)).findFirst();
  }

  /** {@return whether any finding is an {@link Severity#ERROR}} */
  public boolean hasErrors() {
    return findings.stream().anyMatch(finding -> finding.getSeverity() == Severity.ERROR);
  }

  /** {@return e.g. {@code "check as of 2026-11-22: 1 error, 0 warnings, 2 infos"}} */
  @Override
  public String toString() {
    return "check as of " + asOf + ": " + findings(Severity.ERROR).size() + " error(s), "
        + findings(Severity.WARNING).size() + " warning(s), " + findings(Severity.INFO).size()
        + " info(s)";
  }
}
