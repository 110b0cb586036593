package de.nextnetz.test.scenario;

import de.nextnetz.rules.CheckReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What running one scenario gave: the mismatches between what it expects and what the rules said
 * (none if it passed), and the check report, where the document could be checked at all.
 *
 * @param file the scenario file
 * @param name the scenario's name, or the file's name where the scenario could not be read
 * @param mismatches what differs, one line each, e.g. {@code missing: ERROR BOARD_ELECTION_OVERDUE at /board}
 * @param report the check report, if the document could be read and checked
 */
public record ScenarioResult(Path file, String name, List<String> mismatches, Optional<CheckReport> report) {

  /**
   * Checks that nothing is missing and copies the list.
   *
   * @param file the scenario file
   * @param name the scenario's name
   * @param mismatches what differs
   * @param report the check report, if any
   */
  public ScenarioResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    mismatches = List.copyOf(mismatches);
    Objects.requireNonNull(report, "report");
  }

  /** {@return whether the rules said what the scenario expects} */
  public boolean passed() {
    return mismatches.isEmpty();
  }

  /**
   * Explains a failure so that a person can act on it: what was expected and not found, what was
   * found and not expected, and every finding the check gave.
   *
   * @return the explanation, its {@link #lines()} joined by the platform's line separator; for a
   *     passed scenario, one line saying so
   */
  public String explain() {
    return String.join(System.lineSeparator(), lines());
  }

  /**
   * The explanation line by line, for a printer that ends each line itself (a name or a mismatch of
   * the scenario that holds a line break then cannot start a line of its own).
   *
   * @return the lines of {@link #explain()}, never empty
   */
  public List<String> lines() {
    if (passed()) {
      return List.of(file.getFileName() + " › " + name + ": passed");
    }
    List<String> lines = new java.util.ArrayList<>();
    lines.add(file.getFileName() + " › " + name + ": " + mismatches.size()
        + (mismatches.size() == 1 ? " mismatch" : " mismatches"));
    mismatches.forEach(line -> lines.add("  - " + line));
    report.ifPresent(checked -> {
      lines.add("  The check of " + checked.asOf() + " found "
          + (checked.findings().isEmpty() ? "nothing." : checked.findings().size() + ":"));
      checked.findings().forEach(f -> lines.add("    " + describe(f)));
    });
    return List.copyOf(lines);
  }

  /**
   * One line for an actual finding, as failures of scenarios and of {@code NextAssertions} show it.
   *
   * @param finding the finding
   * @return severity, rule, path and due day, e.g. {@code ERROR BOARD_ELECTION_OVERDUE at /board due 2026-11-21}
   */
  public static String describe(de.nextnetz.rules.Finding finding) {
    return finding.summary();
  }
}
