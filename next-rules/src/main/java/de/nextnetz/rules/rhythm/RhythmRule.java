package de.nextnetz.rules.rhythm;

import de.nextnetz.rules.law.RecordedYears;
import de.nextnetz.domain.Association;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.LookupRule;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.SharedLookup;
import de.nextnetz.rules.StatuteRule;

/** The rhythm rules: statute rules that judge the years with records, shared in a check run. */
abstract class RhythmRule extends DefinedRule<Association>
    implements StatuteRule, LookupRule<Association, RecordedYears> {

  RhythmRule(RuleDefinition definition) {
    super(definition);
  }

  @Override
  public final SharedLookup<Association, RecordedYears> lookup() {
    return RecordedYears.LOOKUP;
  }
}
