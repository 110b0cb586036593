package de.nextnetz.test.scenario;

import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Status;
import java.util.List;
import java.util.Objects;

/**
 * The outcome a scenario expects of one rule: its status, and the facts it names as missing.
 *
 * @param rule the rule's id
 * @param status the status
 * @param missing facts the outcome must name as missing (each as the rule writes it)
 */
public record ExpectedOutcome(RuleId rule, Status status, List<String> missing) {

  /**
   * Checks that nothing is missing and copies the list.
   *
   * @param rule the rule's id
   * @param status the status
   * @param missing facts the outcome must name as missing (each as the rule writes it)
   */
  public ExpectedOutcome {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(status, "status");
    missing = List.copyOf(missing);
  }

  /** {@return e.g. {@code MV_ANNUAL_MISSING UNKNOWN missing [/events (2025)]}} */
  @Override
  public String toString() {
    return rule + " " + status + (missing.isEmpty() ? "" : " missing " + missing);
  }
}
