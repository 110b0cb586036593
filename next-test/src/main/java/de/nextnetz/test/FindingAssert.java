package de.nextnetz.test;

import de.nextnetz.rules.Fact;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one {@link Finding}: where, when, citing what, saying what. */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

  FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /**
   * Asserts the JSON Pointer the finding points to.
   *
   * @param path e.g. {@code "/board"}
   * @return these assertions
   */
  public FindingAssert at(String path) {
    isNotNull();
    if (!actual.path().equals(path)) {
      failWithMessage("Expected %s at %s, but it is at %s.", actual.ruleId(), path, actual.path());
    }
    return this;
  }

  /**
   * Asserts the day the finding falls due.
   *
   * @param day the due day
   * @return these assertions
   */
  public FindingAssert dueOn(LocalDate day) {
    isNotNull();
    if (!actual.dueDate().equals(java.util.Optional.of(day))) {
      failWithMessage("Expected %s due on %s, but it is %s.", actual.ruleId(), day,
          actual.dueDate().map(d -> "due on " + d).orElse("without a due day"));
    }
    return this;
  }

  /**
   * Asserts the severity.
   *
   * @param severity the severity
   * @return these assertions
   */
  public FindingAssert withSeverity(Severity severity) {
    isNotNull();
    if (actual.severity() != severity) {
      failWithMessage("Expected %s to be %s, but it is %s.", actual.ruleId(), severity, actual.severity());
    }
    return this;
  }

  /**
   * Asserts that the citation names a clause.
   *
   * @param clause a part of the citation's source, e.g. {@code "§ 73 BGB"}
   * @return these assertions
   */
  public FindingAssert citing(String clause) {
    isNotNull();
    if (!actual.citation().source().contains(clause)) {
      failWithMessage("Expected %s to cite %s, but it cites %s.", actual.ruleId(), clause, actual.citation().source());
    }
    return this;
  }

  /**
   * Asserts that the message in a language contains a text.
   *
   * @param text the text
   * @param locale the language
   * @return these assertions
   */
  public FindingAssert saying(String text, Locale locale) {
    isNotNull();
    String message = actual.message(locale);
    if (!message.contains(text)) {
      failWithMessage("Expected the message of %s to contain%n  %s%nbut it is%n  %s", actual.ruleId(), text, message);
    }
    return this;
  }

  /**
   * Asserts a fact the finding rests on.
   *
   * @param name the fact's name, e.g. {@code "lastElection"}
   * @param value its typed value, e.g. a {@link LocalDate}
   * @return these assertions
   */
  public FindingAssert withFact(String name, Object value) {
    isNotNull();
    boolean found = actual.facts().stream()
        .anyMatch(fact -> fact.name().equals(name) && Objects.equals(fact.value(), value));
    if (!found) {
      failWithMessage("Expected %s to rest on the fact %s=%s, but its facts are %s.", actual.ruleId(), name, value,
          actual.facts().stream().map(Fact::toString).toList());
    }
    return this;
  }
}
