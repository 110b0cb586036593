package de.nextnetz.json.problem;

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

  /** The problems' pointers, sorted (plain strings: the exception stays serializable). */
  private final String[] pointers;

  /** The problems' messages, in the order of {@link #pointers}. */
  private final String[] messages;

  /** How many further problems were found and not kept. */
  private final int omitted;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if there is no problem
   */
  public NextJsonException(List<JsonProblem> problems) {
    this(problems, 0);
  }

  /**
   * Creates the exception for a document with more problems than are kept.
   *
   * @param problems the problems kept, at least one
   * @param omitted how many more were found
   * @throws IllegalArgumentException if there is no problem, or the count is negative
   */
  public NextJsonException(List<JsonProblem> problems, int omitted) {
    super(describe(problems, omitted));
    if (problems.isEmpty() || omitted < 0) {
      throw new IllegalArgumentException("a read exception needs at least one problem and no negative count");
    }
    this.pointers = problems.stream().map(JsonProblem::pointer).toArray(String[]::new);
    this.messages = problems.stream().map(JsonProblem::message).toArray(String[]::new);
    this.omitted = omitted;
  }

  private static String describe(List<JsonProblem> problems, int omitted) {
    int total = problems.size() + omitted;
    return total + (total == 1 ? " problem" : " problems") + " in the JSON document"
        + (omitted > 0 ? " (the first " + problems.size() + " listed)" : "") + ":\n"
        + problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n"))
        + (omitted > 0 ? "\n  and " + omitted + " more" : "");
  }

  /** {@return how many problems the document has beyond {@link #getProblems()}, which keeps at most 100} */
  public int getOmitted() {
    return omitted;
  }

  /** {@return every problem, sorted by pointer} */
  public List<JsonProblem> getProblems() {
    return java.util.stream.IntStream.range(0, pointers.length)
        .mapToObj(i -> new JsonProblem(pointers[i], messages[i])).toList();
  }
}
