package de.nextnetz.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * One fact a rule used to reach its finding, e.g. {@code lastElection = 2024-11-21}: together the
 * facts of a finding explain it so that a person can follow. The value keeps its type (a {@link
 * java.time.LocalDate}, a {@link de.nextnetz.domain.base.Money}, a number, a truth value, a text) until it
 * is rendered for a language by {@link #describe(Locale)}; the JSON form writes it typed.
 *
 * @param name the name, e.g. {@code "lastElection"}; labelled in messages by {@code fact.<name>}
 * @param value the typed value
 */
public record Fact(String name, Object value) {

  /**
   * Checks that nothing is missing.
   *
   * @param name the name, e.g. {@code "lastElection"}; labelled in messages by {@code fact.<name>}
   * @param value the typed value
   */
  public Fact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /**
   * Labels the fact for a person.
   *
   * @param locale the language
   * @return e.g. {@code "last election: 21 November 2024"}; the name where no label is known
   */
  public String describe(Locale locale) {
    String label = Localized.text(Message.BUILT_IN_BUNDLE, "fact." + name, locale).orElse(name);
    return label + ": " + Localized.value(value, locale);
  }

  /** {@return {@code name=value}} */
  @Override
  public String toString() {
    return name + "=" + value;
  }
}
