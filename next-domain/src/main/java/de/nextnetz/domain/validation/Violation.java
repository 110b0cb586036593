package de.nextnetz.domain.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One structural problem of a value: where (the property path, e.g. {@code board.seats[3].role})
 * and what (a plain message, e.g. {@code must not be blank}).
 */
public final class Violation implements Comparable<Violation> {

  private final String path;
  private final String message;

  /**
   * Creates a violation.
   *
   * @param path the property path, empty for the value itself
   * @param message the message
   */
  public Violation(String path, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /** {@return the property path, e.g. {@code board.seats[3].person.name}; empty for the root} */
  public String getPath() {
    return path;
  }

  /** {@return the message} */
  public String getMessage() {
    return message;
  }

  @Override
  public int compareTo(Violation other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Violation that && that.path.equals(path) && that.message.equals(message);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + message.hashCode();
  }

  /** {@return {@code path: message}} */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(root)" : path) + ": " + message;
  }
}
