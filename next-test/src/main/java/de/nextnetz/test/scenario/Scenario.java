package de.nextnetz.test.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One case as data: a document, a day, and what the rules must say then.
 *
 * <p>The document is exactly one of: a built-in data set ({@code next-2024}, {@code
 * wiesbaden-portfolio}, {@code musterverein}), a file (relative to the scenario file), or one written inline. A JSON
 * Patch (RFC 6902: {@code add}, {@code remove}, {@code replace}) changes it before it is read, so a
 * case states only its difference from the data set. An association is checked with the built-in
 * rules, a portfolio with the municipal ones.
 *
 * @param name what the case shows, e.g. "the board election is overdue the day after the deadline"
 * @param dataSet the built-in data set, if the document is one
 * @param file the document's file, relative to the scenario's folder, if it is one
 * @param document the document written inline, if it is
 * @param patch the JSON Patch operations applied to the document, in order
 * @param asOf the day of the check
 * @param match how the expected findings compare with the actual ones
 * @param findings the findings expected
 * @param outcomes the outcomes expected of single rules
 * @param deadlines the deadlines the rules must state on the day
 */
public record Scenario(String name, Optional<String> dataSet, Optional<String> file, Optional<JsonNode> document,
    List<PatchOperation> patch, LocalDate asOf, Match match, List<ExpectedFinding> findings, List<ExpectedOutcome> outcomes, List<ExpectedDeadline> deadlines) {

  /** The built-in data sets a scenario may name. */
  public static final List<String> DATA_SETS = List.of("next-2024", "wiesbaden-portfolio", "musterverein");

  /**
   * Checks the scenario.
   *
   * @param name what the case shows
   * @param dataSet the built-in data set, if the document is one
   * @param file the document's file, if it is one
   * @param document the document written inline, if it is
   * @param patch the JSON Patch operations applied to the document, in order
   * @param asOf the day of the check
   * @param match how the expected findings compare with the actual ones
   * @param findings the findings expected
   * @param outcomes the outcomes expected of single rules
   * @param deadlines the deadlines the rules must state on the day
   * @throws IllegalArgumentException unless exactly one of data set, file and document is given,
   *     or if the data set is unknown
   */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(match, "match");
    patch = List.copyOf(patch);
    findings = List.copyOf(findings);
    outcomes = List.copyOf(outcomes);
    deadlines = List.copyOf(deadlines);
    int given = (dataSet.isPresent() ? 1 : 0) + (file.isPresent() ? 1 : 0) + (document.isPresent() ? 1 : 0);
    if (given != 1) {
      throw new IllegalArgumentException("exactly one of 'dataSet', 'file' and 'document' must be given, but "
          + (given == 0 ? "none was" : given + " were"));
    }
    if (dataSet.isPresent() && !DATA_SETS.contains(dataSet.get())) {
      throw new IllegalArgumentException("'dataSet' must be one of " + String.join(", ", DATA_SETS) + ", but was \""
          + dataSet.get() + "\"");
    }
  }
}
