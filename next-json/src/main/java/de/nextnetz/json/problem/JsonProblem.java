package de.nextnetz.json.problem;

import java.util.Objects;

/**
 * One problem of a JSON document: where (a JSON Pointer, RFC 6901) and what, in plain words.
 *
 * @param pointer where in the document; empty for the document itself
 * @param message what is wrong
 */
public record JsonProblem(String pointer, String message) implements Comparable<JsonProblem> {

  /**
   * Checks that nothing is missing.
   *
   * @param pointer where in the document; empty for the document itself
   * @param message what is wrong
   */
  public JsonProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** Orders by pointer (segment by segment, indexes by value), then message. */
  @Override
  public int compareTo(JsonProblem other) {
    int byPointer = de.nextnetz.rules.Pointer.ORDER.compare(pointer, other.pointer);
    return byPointer != 0 ? byPointer : message.compareTo(other.message);
  }

  /**
   * {@return e.g. {@code "/members/3/start: not a date"}; control characters of the pointer (which
   * holds the input's property names) are shown as {@code \\uXXXX}, so no input forges a line}
   */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : de.nextnetz.domain.base.Echo.escapeControls(pointer)) + ": " + message;
  }
}
