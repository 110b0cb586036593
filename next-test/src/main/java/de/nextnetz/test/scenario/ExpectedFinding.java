package de.nextnetz.test.scenario;

import de.nextnetz.rules.Finding;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding a scenario expects: its rule, and where given its severity, path, due day and a part
 * of its English message.
 *
 * @param rule the rule's id
 * @param severity the severity, if it matters
 * @param path the JSON Pointer, if it matters
 * @param dueDate the due day, if it matters
 * @param message a text the English message contains, if it matters
 */
public record ExpectedFinding(RuleId rule, Optional<Severity> severity, Optional<String> path,
    Optional<LocalDate> dueDate, Optional<String> message) {

  /**
   * Checks that nothing is missing.
   *
   * @param rule the rule's id
   * @param severity the severity, if it matters
   * @param path the JSON Pointer, if it matters
   * @param dueDate the due day, if it matters
   * @param message a text the English message contains, if it matters
   */
  public ExpectedFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Tells whether an actual finding is this one.
   *
   * @param finding the actual finding
   * @return whether rule and every given part agree
   */
  public boolean matches(Finding finding) {
    return finding.ruleId().equals(rule)
        && severity.map(s -> s == finding.severity()).orElse(true)
        && path.map(p -> p.equals(finding.path())).orElse(true)
        && dueDate.map(d -> finding.dueDate().equals(Optional.of(d))).orElse(true)
        && message.map(m -> finding.message(Locale.ENGLISH).contains(m)).orElse(true);
  }

  /** {@return e.g. {@code ERROR BOARD_ELECTION_OVERDUE at /board due 2026-11-21}} */
  @Override
  public String toString() {
    return severity.map(s -> s + " ").orElse("") + rule + path.map(p -> " at " + (p.isEmpty() ? "/" : p)).orElse("")
        + dueDate.map(d -> " due " + d).orElse("") + message.map(m -> " saying \"" + m + "\"").orElse("");
  }
}
