package de.nextnetz.json;

import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.DatabindException;

/**
 * A JSON document could not be read: every problem found, each with its JSON Pointer, sorted by
 * pointer. Malformed JSON stops the reading at the first syntax error; every other problem
 * (unknown property, wrong type, impossible date, unknown enum value, missing property, broken
 * constraint) is collected, so the first problem never hides the others.
 */
public final class NextJsonException extends DatabindException {

  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** The problems, sorted by pointer. */
  private final List<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if there is no problem
   */
  public NextJsonException(List<JsonProblem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a read exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<JsonProblem> problems) {
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the JSON document:\n"
        + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n"));
  }

  /** {@return every problem, sorted by pointer} */
  public List<JsonProblem> getProblems() {
    return problems;
  }
}
