package de.nextnetz.test.scenario;

import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.RuleId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline a scenario expects a rule to state on its day.
 *
 * @param rule the rule's id
 * @param dueBy the last day
 * @param path the JSON Pointer of what falls due, if it matters
 */
public record ExpectedDeadline(RuleId rule, LocalDate dueBy, Optional<String> path) {

  /**
   * Checks that nothing is missing.
   *
   * @param rule the rule's id
   * @param dueBy the last day
   * @param path the JSON Pointer of what falls due, if it matters
   */
  public ExpectedDeadline {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(dueBy, "dueBy");
    Objects.requireNonNull(path, "path");
  }

  /**
   * Tells whether an actual deadline is this one.
   *
   * @param deadline the actual deadline
   * @return whether rule, day and (where given) path agree
   */
  public boolean matches(Deadline deadline) {
    return deadline.ruleId().equals(rule) && deadline.dueBy().equals(dueBy)
        && path.map(p -> p.equals(deadline.path())).orElse(true);
  }

  /** {@return e.g. {@code FEE_DUE by 2025-05-09}} */
  @Override
  public String toString() {
    return rule + " by " + dueBy + path.map(p -> " at " + p).orElse("");
  }
}
