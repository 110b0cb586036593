package de.nextnetz.rules;

import de.nextnetz.domain.statute.Assumption;
import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a check: the day, the statute version used (for statute checks) with the
 * assumptions it rests on, the outcome of every rule in the engine's order, and all findings in a
 * stable order (severity, then the engine's order of rules, then path, then due date and message).
 *
 * @param asOf the day of the check
 * @param statuteVersion the statute version in force on that day; empty for a portfolio check
 * @param outcomes the outcome of every rule, in the engine's order
 * @param findings all findings, most serious first, in the stable order
 */
public record CheckReport(LocalDate asOf, Optional<StatuteVersion> statuteVersion, List<Outcome> outcomes,
    List<Finding> findings) {

  /**
   * Checks that nothing is missing.
   *
   * @param asOf the day of the check
   * @param statuteVersion the statute version in force on that day; empty for a portfolio check
   * @param outcomes the outcome of every rule, in the engine's order
   * @param findings all findings, most serious first, in the stable order
   */
  public CheckReport {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(statuteVersion, "statuteVersion");
    outcomes = List.copyOf(outcomes);
    findings = List.copyOf(findings);
  }

  /**
   * The report of the outcomes of one run.
   *
   * @param context the context of the check
   * @param outcomes the outcomes, in the engine's order
   * @return the report, with the findings in report order
   */
  public static CheckReport of(CheckContext context, List<Outcome> outcomes) {
    return new CheckReport(context.asOf(), context.statuteVersion(), outcomes, Findings.inReportOrder(outcomes));
  }

  /**
   * The statute version of a statute check.
   *
   * @return the version in force on the day
   * @throws IllegalStateException if the report has none (a portfolio check)
   */
  public StatuteVersion statute() {
    return statuteVersion.orElseThrow(() -> new IllegalStateException("a portfolio check has no statute version"));
  }

  /** {@return the assumptions the statute version rests on, which the check relied on; none for a portfolio} */
  public List<Assumption> assumptions() {
    return statuteVersion.map(StatuteVersion::getAssumptions).orElse(List.of());
  }

  /**
   * Lists the findings of one severity.
   *
   * @param severity the severity
   * @return those findings, in the report's order
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(finding -> finding.severity() == severity).toList();
  }

  /**
   * The findings at a place of the document and below it, e.g. those on {@code /tax/receipts/3} and on its items.
   *
   * @param path a JSON Pointer, e.g. {@code /generalAssemblies/2}
   * @return the findings whose path is the pointer or lies below it, in order
   */
  public List<Finding> findingsAt(String path) {
    return findings.stream().filter(finding -> finding.path().equals(path) || finding.path().startsWith(path + "/"))
        .toList();
  }

  /**
   * Counts the outcomes of a status.
   *
   * @param status the status
   * @return how many rules ended with it
   */
  public long count(Status status) {
    return outcomes.stream().filter(outcome -> outcome.status() == status).count();
  }

  /** {@return the outcomes that name missing facts (unknown ones, and violated ones that could not decide every subject)} */
  public List<Outcome> withMissingFacts() {
    return outcomes.stream().filter(outcome -> !outcome.missingFacts().isEmpty()).toList();
  }

  /**
   * Finds the outcome of a rule.
   *
   * @param ruleId the rule
   * @return its outcome, if the engine ran that rule
   */
  public Optional<Outcome> outcome(RuleId ruleId) {
    return outcomes.stream().filter(outcome -> outcome.ruleId().equals(ruleId)).findFirst();
  }

  /** {@return every deadline the rules stated, by due day, then rule, then path} */
  public List<Deadline> deadlines() {
    List<Deadline> all = new ArrayList<>();
    outcomes.forEach(outcome -> all.addAll(outcome.deadlines()));
    all.sort(Deadline.ORDER);
    return List.copyOf(all);
  }

  /** {@return whether any finding is an {@link Severity#ERROR}} */
  public boolean hasErrors() {
    return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
  }

  /** {@return e.g. {@code "check as of 2026-11-22: 1 errors, 0 warnings, 2 infos"}} */
  @Override
  public String toString() {
    return "check as of " + asOf + ": " + findings(Severity.ERROR).size() + " errors, "
        + findings(Severity.WARNING).size() + " warnings, " + findings(Severity.INFO).size() + " infos";
  }

  /**
   * The order of findings: by severity, then the order of the rules, then path, then due date (none
   * first), then message key and facts. Nothing is rendered to sort: a message is text only for a
   * person.
   */
  static Comparator<Finding> order(java.util.Map<RuleId, Integer> ruleOrder) {
    return Comparator.comparing(Finding::severity)
        .thenComparing(finding -> ruleOrder.getOrDefault(finding.ruleId(), Integer.MAX_VALUE))
        .thenComparing(Finding::path, Pointer.ORDER)
        .thenComparing(finding -> finding.dueDate().orElse(LocalDate.MIN))
        .thenComparing(finding -> finding.message().key())
        .thenComparing(finding -> finding.facts().toString());
  }
}
