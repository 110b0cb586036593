package de.nextnetz.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a rule found: the rule's id, the severity, where in the subject (a JSON Pointer such as
 * {@code /applications/3}), a message in German or English, the citation, the facts used (an
 * explanation a person can follow) and, where one applies, the day by which something is due.
 *
 * @param ruleId the id of the rule
 * @param severity the severity
 * @param path where in the subject, as a JSON Pointer; empty for the subject itself
 * @param message the message, to be rendered in a language
 * @param citation the clause the rule implements
 * @param facts the facts the rule used, in the order it used them
 * @param dueDate the day by which something is due, where one applies
 */
public record Finding(RuleId ruleId, Severity severity, String path, Message message, Citation citation,
    List<Fact> facts, Optional<LocalDate> dueDate) {

  /**
   * Checks the finding.
   *
   * @throws IllegalArgumentException if the path is neither empty nor starts with {@code /}
   * @param ruleId the id of the rule
   * @param severity the severity
   * @param path where in the subject, as a JSON Pointer; empty for the subject itself
   * @param message the message, to be rendered in a language
   * @param citation the clause the rule implements
   * @param facts the facts the rule used, in the order it used them
   * @param dueDate the day by which something is due, where one applies
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(dueDate, "dueDate");
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException("path must be a JSON Pointer starting with '/', but was \"" + path + "\"");
    }
    facts = List.copyOf(facts);
  }

  /**
   * Starts a finding of a rule with the severity of its definition, stated there once; its message is the bundle
   * key {@code <RULE_ID>.message} with the facts (and any further parameters) as named parameters, unless another
   * message is set.
   *
   * @param rule the rule that found it (its id, severity and citation are taken)
   * @param path where in the subject, as a JSON Pointer, e.g. {@code /board}
   * @return the builder
   * @throws IllegalArgumentException if the path is neither empty nor starts with {@code /}
   */
  public static Builder builder(Rule<?> rule, String path) {
    return builder(rule.definition(), rule.definition().defaultSeverity(), path);
  }

  /**
   * Starts a finding of a rule with a severity of its own, where the rule's definition names the usual one and a
   * finding may differ from it (e.g. a warning where the statute lets the board stay in office).
   *
   * @param rule the rule that found it (its id and citation are taken)
   * @param severity the severity
   * @param path where in the subject, as a JSON Pointer, e.g. {@code /board}
   * @return the builder
   * @throws IllegalArgumentException if the path is neither empty nor starts with {@code /}
   */
  public static Builder builder(Rule<?> rule, Severity severity, String path) {
    return builder(rule.definition(), severity, path);
  }

  /**
   * Starts a finding of a rule definition.
   *
   * @param rule the rule's definition
   * @param severity the severity
   * @param path where in the subject, as a JSON Pointer
   * @return the builder
   * @throws IllegalArgumentException if the path is neither empty nor starts with {@code /}
   */
  public static Builder builder(RuleDefinition rule, Severity severity, String path) {
    return new Builder(rule.id(), rule.citation(), severity, path);
  }

  /**
   * Renders the message.
   *
   * @param locale the language (German for {@code de}, English otherwise)
   * @return the message text
   */
  public String message(Locale locale) {
    return message.render(locale);
  }

  /**
   * Explains the finding from its facts.
   *
   * @param locale the language
   * @return e.g. {@code "last election: 21 November 2024; due by: 21 November 2026"}
   */
  public String explain(Locale locale) {
    return facts.stream().map(fact -> fact.describe(locale)).collect(Collectors.joining("; "));
  }

  /**
   * {@return the finding in one line for a developer (a log, a failed assertion, a failed scenario): severity,
   * rule, path and due day, e.g. {@code "ERROR BOARD_ELECTION_OVERDUE at /board due 2026-11-21"}; the one format
   * of a finding for developers, as the command line's printer is the one for people}
   */
  public String summary() {
    return severity + " " + ruleId + " at " + (path.isEmpty() ? "/" : path)
        + dueDate.map(day -> " due " + day).orElse("");
  }

  /** {@return {@link #summary()} and the message in English, e.g. {@code "ERROR BOARD_ELECTION_OVERDUE at /board due 2026-11-21: …"}} */
  @Override
  public String toString() {
    return summary() + ": " + message.render(Locale.ENGLISH);
  }

  /** Builds a {@link Finding}. Not thread-safe; build once. */
  public static final class Builder {
    private final RuleId ruleId;
    private Citation citation;
    private final Severity severity;
    private final String path;
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private @Nullable Message message;
    private @Nullable LocalDate dueDate;

    private Builder(RuleId ruleId, Citation citation, Severity severity, String path) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
      this.citation = Objects.requireNonNull(citation, "citation");
      this.severity = Objects.requireNonNull(severity, "severity");
      this.path = Objects.requireNonNull(path, "path");
      if (!path.isEmpty() && !path.startsWith("/")) {
        throw new IllegalArgumentException("path must be a JSON Pointer starting with '/', but was \"" + path + "\"");
      }
    }

    /**
     * Adds a fact the rule used; it is also a parameter of the message. The value keeps its type.
     *
     * @param name the name
     * @param value the value: a day, an amount, a number, a truth value, a text, a period, a year
     * @return this builder
     */
    public Builder fact(String name, Object value) {
      Fact fact = new Fact(name, value);
      facts.add(fact);
      parameters.put(name, value);
      return this;
    }

    /**
     * Adds a message parameter that is not a fact, e.g. the name of a community.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder param(String name, Object value) {
      parameters.put(name, Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Cites the clause that decided this case instead of the rule's own citation, e.g. the
     * Satzung's clause that sets a period, or the BGB's default where the Satzung is silent.
     *
     * @param decidedBy the clause
     * @return this builder
     */
    public Builder citation(Citation decidedBy) {
      this.citation = Objects.requireNonNull(decidedBy, "decidedBy");
      return this;
    }

    /**
     * Sets the day by which something is due.
     *
     * @param day the day
     * @return this builder
     */
    public Builder dueDate(LocalDate day) {
      this.dueDate = Objects.requireNonNull(day, "day");
      return this;
    }

    /**
     * Uses another message than {@code <RULE_ID>.message} of the built-in bundle; its parameters are
     * the facts and parameters of this builder.
     *
     * @param message the message
     * @return this builder
     */
    public Builder message(Message message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    /**
     * Uses another key of the built-in bundle, with the facts and parameters.
     *
     * @param key the key, e.g. {@code "BOARD_ELECTION_OVERDUE.continues"}
     * @return this builder
     */
    public Builder messageKey(String key) {
      return message(Message.builtIn(key, Map.of()));
    }

    /** {@return the finding} */
    public Finding build() {
      Message chosen = message == null ? Message.builtIn(ruleId.value() + ".message", Map.of()) : message;
      if (chosen.parameters().isEmpty()) {
        chosen = chosen.withParameters(parameters);
      }
      return new Finding(ruleId, severity, path, chosen, citation, facts, Optional.ofNullable(dueDate));
    }
  }
}
