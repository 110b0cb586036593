package de.nextnetz.rules.admission;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.LookupRule;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.SharedLookup;
import de.nextnetz.rules.StatuteRule;

/** The admission rules: statute rules that share the run's {@link AdmissionIndex}. */
abstract class AdmissionRule extends DefinedRule<Association>
    implements StatuteRule, LookupRule<Association, AdmissionIndex> {

  AdmissionRule(RuleDefinition definition) {
    super(definition);
  }

  @Override
  public final SharedLookup<Association, AdmissionIndex> lookup() {
    return AdmissionIndex.LOOKUP;
  }
}
