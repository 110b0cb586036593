package de.nextnetz.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a rule, e.g. {@code BOARD_ELECTION_OVERDUE}: upper-case letters, digits
 * and underscores. The ids of the built-in rules are public API and never change meaning.
 *
 * @param value the id as text
 */
public record RuleId(String value) implements Comparable<RuleId> {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0,79}");

  /**
   * Checks the form.
   *
   * @throws IllegalArgumentException if the value is not upper-case letters, digits and {@code _}
   *     starting with a letter
   * @param value the id as text
   */
  public RuleId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "rule id must be upper-case letters, digits and '_' starting with a letter, but was \""
              + value + "\"");
    }
  }

  /**
   * Creates an id.
   *
   * @param value upper-case letters, digits and underscores, starting with a letter
   * @return the id
   * @throws IllegalArgumentException if the value is not of that form
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  /** {@return the id as text} */
  @Override
  public String toString() {
    return value;
  }
}
