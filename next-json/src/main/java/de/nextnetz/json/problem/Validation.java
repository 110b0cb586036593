package de.nextnetz.json.problem;

import java.util.List;

/**
 * The result of validating a document: every problem the strict reader and Bean Validation found,
 * sorted by pointer; none if the document is valid. Its JSON form is the document {@code
 * nextnetz.validation}.
 *
 * @param problems the problems, empty for a valid document
 */
public record Validation(List<JsonProblem> problems) {

  /**
   * Copies the problems.
   *
   * @param problems the problems, empty for a valid document
   */
  public Validation {
    problems = List.copyOf(problems);
  }

  /** {@return the result for a valid document} */
  public static Validation passed() {
    return new Validation(List.of());
  }

  /**
   * The result for a document the reader refused.
   *
   * @param refused what the reader threw
   * @return the result with its problems
   */
  public static Validation of(NextJsonException refused) {
    return new Validation(refused.getProblems());
  }

  /** {@return whether the document has no problem} */
  public boolean valid() {
    return problems.isEmpty();
  }
}
