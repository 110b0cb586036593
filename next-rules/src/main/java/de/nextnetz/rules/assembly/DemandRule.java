package de.nextnetz.rules.assembly;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.StatuteRule;
import java.util.List;

/** A rule that judges each minority demand received by the day, under the statute version of its day. */
abstract class DemandRule extends DefinedRule<Association> implements StatuteRule {

  DemandRule(RuleDefinition definition) {
    super(definition);
  }

  /**
   * Judges one demand.
   *
   * @param association the association
   * @param demand the demand
   * @param path its JSON Pointer
   * @param statute the statute version of the day it was received
   * @param context the check's context
   * @param outcome the outcome being built
   */
  abstract void check(Association association, MinorityDemand demand, String path, StatuteVersion statute,
      CheckContext context, Outcome.Builder outcome);

  @Override
  public final Outcome check(Association association, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(id());
    List<MinorityDemand> demands = association.getMinorityDemands();
    for (int i = 0; i < demands.size(); i++) {
      MinorityDemand demand = demands.get(i);
      if (!demand.getReceivedOn().isAfter(context.asOf())) {
        check(association, demand, Pointer.to("minorityDemands", i),
            AssemblyLaw.statuteOn(association, demand.getReceivedOn(), context), context, outcome);
      }
    }
    return outcome.build();
  }
}
