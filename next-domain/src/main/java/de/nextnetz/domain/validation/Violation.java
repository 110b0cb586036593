package de.nextnetz.domain.validation;

import java.util.Objects;

/**
 * One broken constraint of a domain value: where (a JSON Pointer into the value, such as {@code
 * /members/3/start}) and what, in words.
 *
 * @param path where, as a JSON Pointer; empty for the value itself
 * @param message what is wrong, in the language the validator was asked for
 */
public record Violation(String path, String message) implements Comparable<Violation> {

  /**
   * Checks that nothing is missing.
   *
   * @param path where, as a JSON Pointer; empty for the value itself
   * @param message what is wrong, in the language the validator was asked for
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** Orders by path, then message. */
  @Override
  public int compareTo(Violation other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  /** {@return e.g. {@code "/members/3/start: must not be null"}} */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(root)" : path) + ": " + message;
  }
}
