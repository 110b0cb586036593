package de.nextnetz.rules;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Runs a fixed list of rules over a subject as of a day and returns a {@link CheckReport}: the one
 * engine of statute checks ({@code RuleEngine<Association>}) and of a municipality's portfolio
 * ({@code RuleEngine<MunicipalPortfolio>}). An engine is immutable and holds no state between
 * checks: look-ups that rules share ({@link SharedLookup}) live in one run and are dropped after
 * it, so one instance can serve any number of threads.
 *
 * <pre>{@code
 * RuleEngine<Association> engine = RuleEngine.forAssociations()
 *     .addRules(de.nextnetz.rules.builtin.BuiltInRules.all()).addRule(new MyRule()).build();
 * CheckReport report = engine.check(association, LocalDate.of(2026, 11, 22));
 * }</pre>
 *
 * @param <T> what the engine checks
 */
public final class RuleEngine<T> {

  private final List<Rule<T>> rules;
  private final BiFunction<T, LocalDate, CheckContext> contexts;
  private final java.util.Map<RuleId, Integer> leadDays;

  private RuleEngine(List<Rule<T>> rules, BiFunction<T, LocalDate, CheckContext> contexts) {
    this.rules = List.copyOf(rules);
    java.util.Map<RuleId, Integer> leads = new java.util.HashMap<>();
    for (Rule<T> rule : this.rules) {
      rule.reminder().ifPresent(reminder -> leads.put(reminder.deadlinesOf(), reminder.leadDays()));
    }
    this.leadDays = java.util.Map.copyOf(leads);
    this.contexts = contexts;
  }

  /** {@return a builder of a statute-check engine with no rules yet; checks use the statute version in force on their day} */
  public static Builder<Association> forAssociations() {
    return new Builder<>(RuleEngine::statuteContext);
  }

  /** {@return a builder of a portfolio-check engine with no rules yet} */
  public static Builder<MunicipalPortfolio> forPortfolios() {
    return new Builder<>((portfolio, day) -> CheckContext.of(day));
  }

  private static CheckContext statuteContext(Association association, LocalDate asOf) {
    StatuteVersion statute = association.statuteOn(asOf).orElseThrow(() ->
        new IllegalArgumentException("no statute version is in force on " + asOf
            + "; the earliest is valid from " + association.getStatute().getVersions().stream()
                .map(StatuteVersion::getValidFrom).min(LocalDate::compareTo).orElse(asOf)));
    return CheckContext.of(asOf, statute);
  }

  /** {@return the rules, in the order they run and report} */
  public List<Rule<T>> rules() {
    return rules;
  }
  /** {@return the engine's rules for a developer's log, e.g. {@code RuleEngine[2 rules: BOARD_MISSING, FEE_DUE]}} */
  @Override
  public String toString() {
    return "RuleEngine[" + rules.size() + (rules.size() == 1 ? " rule: " : " rules: ")
        + String.join(", ", rules.stream().map(rule -> rule.definition().id().value()).toList()) + "]";
  }


  /**
   * The context of a check on a day: for an association, the statute version in force that day.
   *
   * @param subject what is checked
   * @param asOf the day
   * @return the context
   * @throws IllegalArgumentException if no statute version is in force on that day
   */
  public CheckContext contextOn(T subject, LocalDate asOf) {
    return contexts.apply(Objects.requireNonNull(subject, "subject"), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Checks a subject as of a day.
   *
   * @param subject what is checked
   * @param asOf the day
   * @return the report
   * @throws IllegalArgumentException if no statute version is in force on that day
   * @throws IllegalStateException if a rule fails or answers for another rule's id
   */
  public CheckReport check(T subject, LocalDate asOf) {
    return check(subject, contextOn(subject, asOf));
  }

  /**
   * Checks a subject in a given context.
   *
   * @param subject what is checked
   * @param context the day and statute version
   * @return the report
   * @throws IllegalStateException if a rule fails or answers for another rule's id
   * @throws de.nextnetz.domain.base.AmountOutOfRange if the subject's amounts sum beyond what {@code Money} holds
   */
  public CheckReport check(T subject, CheckContext context) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(context, "context");
    IdentityHashMap<SharedLookup<?, ?>, Object> lookups = new IdentityHashMap<>();
    List<Outcome> outcomes = new ArrayList<>(rules.size());
    for (Rule<T> rule : rules) {
      Outcome outcome;
      try {
        outcome = rule instanceof LookupRule<T, ?> shared
            ? withLookup(shared, subject, context, lookups)
            : rule.check(subject, context);
      } catch (de.nextnetz.domain.base.AmountOutOfRange e) {
        throw e; // the input's amounts, not the rule, are beyond what can be computed
      } catch (RuntimeException e) {
        throw new IllegalStateException("rule " + rule.id() + " failed: " + e.getMessage(), e);
      }
      if (!rule.id().equals(outcome.ruleId())) {
        throw new IllegalStateException(
            "rule " + rule.id() + " answered with the outcome of " + outcome.ruleId());
      }
      Integer lead = leadDays.get(outcome.ruleId());
      if (lead != null && !outcome.deadlines().isEmpty()) {
        outcome = new Outcome(outcome.ruleId(), outcome.status(), outcome.findings(), outcome.missingFacts(),
            outcome.deadlines().stream().map(deadline -> deadline.withLeadDays(lead)).toList());
      }
      outcomes.add(outcome);
    }
    return CheckReport.of(context, outcomes);
  }

  private static <T, L> Outcome withLookup(LookupRule<T, L> rule, T subject, CheckContext context,
      IdentityHashMap<SharedLookup<?, ?>, Object> lookups) {
    SharedLookup<T, L> declared = rule.lookup();
    @SuppressWarnings("unchecked") // the map holds, for each lookup, what that lookup computed
    L lookup = (L) lookups.computeIfAbsent(declared, key -> declared.compute(subject));
    return rule.check(subject, context, lookup);
  }

  /**
   * Builds a {@link RuleEngine}.
   *
   * @param <T> what the engine checks
   */
  public static final class Builder<T> {
    private final BiFunction<T, LocalDate, CheckContext> contexts;
    private final List<Rule<T>> rules = new ArrayList<>();
    private final Set<RuleId> ids = new HashSet<>();

    private Builder(BiFunction<T, LocalDate, CheckContext> contexts) {
      this.contexts = contexts;
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id was added
     */
    public Builder<T> addRule(Rule<T> rule) {
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
    public Builder<T> addRules(List<? extends Rule<T>> more) {
      more.forEach(this::addRule);
      return this;
    }

    /**
     * Replaces the rule of the same id, e.g. to change a lead time.
     *
     * @param rule the rule to use instead
     * @return this builder
     * @throws IllegalArgumentException if no rule with that id was added
     */
    public Builder<T> replaceRule(Rule<T> rule) {
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).id().equals(rule.id())) {
          rules.set(i, rule);
          return this;
        }
      }
      throw new IllegalArgumentException("no rule with id " + rule.id() + " to replace");
    }

    /**
     * Replaces each rule of the same id, in order, e.g. the rules that share a table of the user's own
     * ({@code BuiltInRules.taxThresholds(table)}).
     *
     * @param replacements the rules to use instead
     * @return this builder
     * @throws IllegalArgumentException if no rule with one of their ids was added
     */
    public Builder<T> replaceRules(List<? extends Rule<T>> replacements) {
      replacements.forEach(this::replaceRule);
      return this;
    }

    /** {@return the engine} */
    public RuleEngine<T> build() {
      return new RuleEngine<>(rules, contexts);
    }
  }
}
