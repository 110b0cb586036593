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
 * What a rule found: the rule's id, the severity, where in the association (a JSON Pointer such as
 * {@code /applications/3}), a message in German or English, the citation, the facts used (an
 * explanation a person can follow) and, where one applies, the day by which something is due.
 */
public final class Finding {

  private final RuleId ruleId;
  private final Severity severity;
  private final String path;
  private final Message message;
  private final Citation citation;
  private final List<Fact> facts;
  private final @Nullable LocalDate dueDate;

  private Finding(Builder builder, Message message) {
    this.ruleId = builder.ruleId;
    this.severity = builder.severity;
    this.path = builder.path;
    this.message = message;
    this.citation = builder.citation;
    this.facts = List.copyOf(builder.facts);
    this.dueDate = builder.dueDate;
  }

  /**
   * Starts a finding of a rule; its message is the bundle key {@code <RULE_ID>.message} with the
   * facts (and any further parameters) as named parameters, unless another message is set.
   *
   * @param rule the rule that found it (its id and citation are taken)
   * @param severity the severity
   * @param path where in the association, as a JSON Pointer, e.g. {@code /board}
   * @return the builder
   */
  public static Builder builder(StatuteRule rule, Severity severity, String path) {
    return new Builder(rule.id(), rule.citation(), severity, path);
  }

  /**
   * Starts a finding.
   *
   * @param ruleId the rule's id
   * @param citation the rule's citation
   * @param severity the severity
   * @param path where in the association, as a JSON Pointer
   * @return the builder
   * @throws IllegalArgumentException if the path is neither empty nor starts with {@code /}
   */
  public static Builder builder(RuleId ruleId, Citation citation, Severity severity, String path) {
    return new Builder(ruleId, citation, severity, path);
  }

  /** {@return the id of the rule} */
  public RuleId getRuleId() {
    return ruleId;
  }

  /** {@return the severity} */
  public Severity getSeverity() {
    return severity;
  }

  /** {@return where in the association, as a JSON Pointer; empty for the association itself} */
  public String getPath() {
    return path;
  }

  /** {@return the message, to be rendered in a language} */
  public Message getMessage() {
    return message;
  }

  /**
   * Renders the message.
   *
   * @param locale the language (German for {@code de}, English otherwise)
   * @return the message text
   */
  public String getMessage(Locale locale) {
    return message.render(locale);
  }

  /** {@return the clause the rule implements} */
  public Citation getCitation() {
    return citation;
  }

  /** {@return the facts the rule used, in the order it used them} */
  public List<Fact> getFacts() {
    return facts;
  }

  /** {@return the day by which something is due, where one applies} */
  public Optional<LocalDate> getDueDate() {
    return Optional.ofNullable(dueDate);
  }

  /**
   * Explains the finding from its facts.
   *
   * @param locale the language
   * @return e.g. {@code "last election: 2024-11-21; due by: 2026-11-21; as of: 2026-11-22"}
   */
  public String explain(Locale locale) {
    return facts.stream().map(fact -> fact.describe(locale)).collect(Collectors.joining("; "));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Finding that && that.ruleId.equals(ruleId)
        && that.severity == severity && that.path.equals(path) && that.message.equals(message)
        && that.citation.equals(citation) && that.facts.equals(facts)
        && Objects.equals(that.dueDate, dueDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, path, message, facts, dueDate);
  }

  /** {@return e.g. {@code "ERROR BOARD_ELECTION_OVERDUE /board: …"} in English} */
  @Override
  public String toString() {
    return severity + " " + ruleId + " " + (path.isEmpty() ? "/" : path) + ": "
        + message.render(Locale.ENGLISH);
  }

  /** Builds a {@link Finding}. Not thread-safe; build once. */
  public static final class Builder {
    private final RuleId ruleId;
    private final Citation citation;
    private final Severity severity;
    private final String path;
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
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
     * Adds a fact the rule used; it is also a parameter of the message.
     *
     * @param name the name
     * @param value the value (dates as ISO text, other values by {@code toString()})
     * @return this builder
     */
    public Builder fact(String name, Object value) {
      String text = String.valueOf(value);
      facts.add(new Fact(name, text));
      parameters.put(name, text);
      return this;
    }

    /**
     * Adds a message parameter that is not a fact, e.g. the name of a role.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder param(String name, Object value) {
      parameters.put(name, String.valueOf(value));
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
     * Uses another message than {@code <RULE_ID>.message} of the built-in bundle.
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
     * @param key the key, e.g. {@code "BOARD_COMPOSITION_INVALID.further"}
     * @return this builder
     */
    public Builder messageKey(String key) {
      this.message = Message.builtIn(key, Map.of());
      return this;
    }

    /** {@return the finding} */
    public Finding build() {
      Message chosen = message;
      if (chosen == null) {
        chosen = Message.builtIn(ruleId.value() + ".message", parameters);
      } else if (chosen.getParameters().isEmpty() && !parameters.isEmpty()) {
        chosen = chosen.withParameters(parameters);
      }
      return new Finding(this, chosen);
    }
  }
}
