package de.nextnetz.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The stable identifier of a rule, e.g. {@code BOARD_ELECTION_OVERDUE}: upper-case letters, digits
 * and underscores. The ids of the built-in rules are public API and never change meaning.
 */
public final class RuleId implements Comparable<RuleId> {

  private final String value;

  private RuleId(String value) {
    this.value = value;
  }

  /**
   * Creates an id.
   *
   * @param value upper-case letters, digits and underscores, starting with a letter
   * @return the id
   * @throws IllegalArgumentException if the value is not of that form
   */
  public static RuleId of(String value) {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[A-Z][A-Z0-9_]{0,79}")) {
      throw new IllegalArgumentException(
          "rule id must be upper-case letters, digits and '_' starting with a letter, but was \""
              + value + "\"");
    }
    return new RuleId(value);
  }

  /** {@return the id as text} */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RuleId that && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** {@return the id as text} */
  @Override
  public String toString() {
    return value;
  }
}
