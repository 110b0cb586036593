package de.nextnetz.rules.privacy;

import de.nextnetz.rules.law.RetentionSettings;
import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.LookupRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.SharedLookup;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.law.Retention;
import java.util.List;
import java.util.Objects;

/**
 * A rule that judges what is held about each former member on the day: not applicable where no member has left
 * (or every one who left was erased); which members are former is the law's answer ({@link Retention#former}),
 * computed once per run for all such rules ({@link RetentionCache}).
 */
abstract class RetentionRule extends DefinedRule<Association>
    implements StatuteRule, LookupRule<Association, RetentionCache> {

  private final RetentionSettings settings;

  RetentionRule(RuleDefinition definition, RetentionSettings settings) {
    super(definition);
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Judges what is held about one former member who was not erased.
   *
   * @param retention what is held
   * @param context the day
   * @param outcome the outcome being built
   */
  abstract void check(Retention retention, CheckContext context, Outcome.Builder outcome);

  @Override
  public final SharedLookup<Association, RetentionCache> lookup() {
    return RetentionCache.LOOKUP;
  }

  @Override
  public final Outcome check(Association association, CheckContext context) {
    return check(association, context, RetentionCache.LOOKUP.compute(association));
  }

  @Override
  public final Outcome check(Association association, CheckContext context, RetentionCache cache) {
    List<Retention> former = cache.former(context.asOf(), settings);
    if (former.isEmpty()) {
      return Outcome.notApplicable(id());
    }
    Outcome.Builder outcome = Outcome.builder(id()).checked();
    for (Retention retention : former) {
      check(retention, context, outcome);
    }
    return outcome.build();
  }
}
