package de.nextnetz.rules.admission;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.LookupRule;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.SharedLookup;
import de.nextnetz.rules.StatuteRule;

/**
 * The admission rules: statute rules that share the run's {@link AdmissionIndex}. A rule judges what the index
 * visits, each admission under the Satzung version that governs it (in force on the board's decision, else on the
 * application's day); a rule about the board's approval passes over admissions whose version requires none, so it is
 * not applicable where no version does.
 */
abstract class AdmissionRule extends DefinedRule<Association>
    implements StatuteRule, LookupRule<Association, AdmissionIndex> {

  AdmissionRule(RuleDefinition definition) {
    super(definition);
  }

  @Override
  public final Outcome check(Association association, CheckContext context, AdmissionIndex index) {
    Outcome.Builder outcome = Outcome.builder(id());
    judge(index, context, outcome);
    return outcome.build();
  }

  /** Judges the admissions the index visits, adding to the outcome. */
  abstract void judge(AdmissionIndex index, CheckContext context, Outcome.Builder outcome);

  @Override
  public final SharedLookup<Association, AdmissionIndex> lookup() {
    return AdmissionIndex.LOOKUP;
  }
}
