package de.nextnetz.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One problem of a JSON document: where (a JSON Pointer, e.g. {@code /board/seats/3/role}) and what. */
public final class JsonProblem implements Comparable<JsonProblem> {

  private final String pointer;
  private final String message;

  /**
   * Creates a problem.
   *
   * @param pointer the JSON Pointer of the value concerned; empty for the whole document
   * @param message a plain message
   */
  public JsonProblem(String pointer, String message) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.message = Objects.requireNonNull(message, "message");
  }

  /** {@return the JSON Pointer of the value concerned; empty for the whole document} */
  public String getPointer() {
    return pointer;
  }

  /** {@return the message} */
  public String getMessage() {
    return message;
  }

  @Override
  public int compareTo(JsonProblem other) {
    int byPointer = de.nextnetz.rules.Pointer.ORDER.compare(pointer, other.pointer);
    return byPointer != 0 ? byPointer : message.compareTo(other.message);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JsonProblem that && that.pointer.equals(pointer) && that.message.equals(message);
  }

  @Override
  public int hashCode() {
    return pointer.hashCode() * 31 + message.hashCode();
  }

  /** {@return {@code pointer: message}, with {@code /} for the whole document} */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
  }
}
