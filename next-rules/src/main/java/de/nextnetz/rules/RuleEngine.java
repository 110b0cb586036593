package de.nextnetz.rules;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs a fixed list of rules over an association as of a day and returns a {@link CheckReport}.
 * An engine is immutable and holds no state between checks, so one instance can serve any number
 * of threads.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builder().addRules(BuiltInRules.all()).addRule(new MyRule()).build();
 * CheckReport report = engine.check(association, LocalDate.of(2026, 11, 22));
 * }</pre>
 */
public final class RuleEngine {

  private final List<StatuteRule> rules;

  private RuleEngine(List<StatuteRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** {@return an engine with the built-in catalogue} */
  public static RuleEngine builtIn() {
    return builder().addRules(BuiltInRules.all()).build();
  }

  /** {@return a builder of an engine with no rules yet} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rules, in the order they run and report} */
  public List<StatuteRule> rules() {
    return rules;
  }

  /**
   * Checks an association as of a day, with the statute version in force that day.
   *
   * @param association the association
   * @param asOf the day
   * @return the report
   * @throws IllegalArgumentException if no statute version is in force on that day
   * @throws IllegalStateException if a rule fails or answers for another rule's id
   */
  public CheckReport check(Association association, LocalDate asOf) {
    Objects.requireNonNull(association, "association");
    Objects.requireNonNull(asOf, "asOf");
    StatuteVersion statute = association.getStatute().versionOn(asOf).orElseThrow(() ->
        new IllegalArgumentException("no statute version is in force on " + asOf
            + "; the earliest is valid from " + association.getStatute().getVersions().stream()
                .map(StatuteVersion::getValidFrom).min(LocalDate::compareTo).orElse(asOf)));
    return check(association, CheckContext.of(asOf, statute));
  }

  /**
   * Checks an association in a given context.
   *
   * @param association the association
   * @param context the day and statute version
   * @return the report
   * @throws IllegalStateException if a rule fails or answers for another rule's id
   */
  public CheckReport check(Association association, CheckContext context) {
    List<Outcome> outcomes = new ArrayList<>(rules.size());
    for (StatuteRule rule : rules) {
      Outcome outcome;
      try {
        outcome = rule.check(association, context);
      } catch (RuntimeException e) {
        throw new IllegalStateException("rule " + rule.id() + " failed: " + e.getMessage(), e);
      }
      if (!rule.id().equals(outcome.getRuleId())) {
        throw new IllegalStateException(
            "rule " + rule.id() + " answered with the outcome of " + outcome.getRuleId());
      }
      outcomes.add(outcome);
    }
    return new CheckReport(context.asOf(), context.statute(), outcomes);
  }

  /** Builds a {@link RuleEngine}. */
  public static final class Builder {
    private final List<StatuteRule> rules = new ArrayList<>();
    private final Set<RuleId> ids = new HashSet<>();

    private Builder() {}

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id was added
     */
    public Builder addRule(StatuteRule rule) {
      Objects.requireNonNull(rule, "rule");
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("a rule with id " + rule.id() + " was already added");
      }
      rules.add(rule);
      return this;
    }

    /**
     * Adds rules in order.
     *
     * @param more the rules
     * @return this builder
     * @throws IllegalArgumentException if an id is added twice
     */
    public Builder addRules(List<? extends StatuteRule> more) {
      more.forEach(this::addRule);
      return this;
    }

    /**
     * Replaces the built-in rule of the same id, e.g. to change a lead time.
     *
     * @param rule the rule to use instead
     * @return this builder
     * @throws IllegalArgumentException if no rule with that id was added
     */
    public Builder replaceRule(StatuteRule rule) {
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).id().equals(rule.id())) {
          rules.set(i, rule);
          return this;
        }
      }
      throw new IllegalArgumentException("no rule with id " + rule.id() + " to replace");
    }

    /** {@return the engine} */
    public RuleEngine build() {
      return new RuleEngine(rules);
    }
  }
}
