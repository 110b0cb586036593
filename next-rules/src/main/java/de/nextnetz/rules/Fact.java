package de.nextnetz.rules;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One fact a rule used to reach its finding, e.g. {@code lastElection = 2024-11-21}: together the
 * facts of a finding explain it so that a person can follow.
 */
public final class Fact {

  private final String name;
  private final String value;

  /**
   * Creates a fact.
   *
   * @param name the name, e.g. {@code "lastElection"}; labelled in messages by {@code fact.<name>}
   * @param value the value as text, e.g. an ISO date
   */
  public Fact(String name, String value) {
    this.name = Objects.requireNonNull(name, "name");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** {@return the name} */
  public String getName() {
    return name;
  }

  /** {@return the value as text} */
  public String getValue() {
    return value;
  }

  /**
   * Labels the fact for a person.
   *
   * @param locale the language
   * @return e.g. {@code "last election: 2024-11-21"}; the name where no label is known
   */
  public String describe(Locale locale) {
    String label = Message.lookUp(Message.BUILT_IN_BUNDLE, "fact." + name, locale).orElse(name);
    return label + ": " + value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Fact that && that.name.equals(name) && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + value.hashCode();
  }

  /** {@return {@code name=value}} */
  @Override
  public String toString() {
    return name + "=" + value;
  }
}
