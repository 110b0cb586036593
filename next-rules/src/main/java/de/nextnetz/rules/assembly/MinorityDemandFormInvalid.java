package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/**
 * A minority demand is made in Schriftform, signed by hand (§ 126 BGB, KG Berlin 22 W 80/19),
 * unless the Satzung eases the form ({@code minorityDemandForm}), and states the purpose and the
 * reasons.
 */
final class MinorityDemandFormInvalid extends ReceivedRule<MinorityDemand> {

  private static final Citation CITATION = Citation.of("§ 37 Abs. 1 BGB; § 126 BGB (KG Berlin 22 W 80/19)");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MINORITY_DEMAND_FORM_INVALID", Severity.ERROR, CITATION);

  MinorityDemandFormInvalid() {
    super(DEFINITION, "minorityDemands", Association::getMinorityDemands, MinorityDemand::getReceivedOn);
  }
  @Override
  protected void check(Association association, MinorityDemand demand, String path, StatuteVersion statute, CheckContext context,
      Outcome.Builder outcome) {
    outcome.checked();
    formMet(demand.getForm(), demand.getReceivedOn(), AssemblyLaw.minorityDemandForm(statute), path, outcome,
        finding -> finding);
    if (demand.getPurpose().isEmpty() || demand.getReasons().isEmpty()) {
      outcome.add(Finding.builder(this, path)
          .fact("received", demand.getReceivedOn())
          .fact("purposeGiven", demand.getPurpose().isPresent())
          .fact("reasonsGiven", demand.getReasons().isPresent())
          .messageKey("MINORITY_DEMAND_FORM_INVALID.content")
          .build());
    }
  }
}
