package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.statute.Fraction;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/**
 * A minority demand has the support of the Satzung's share of the members, one tenth where it is
 * silent: all members count, also those without a vote, on the day it was received, and only
 * supporters who are members that day: of 95 or 100 members 10 must support it, of 101 eleven.
 * Without the quorum the board need not call an assembly.
 */
final class MinorityDemandQuorumNotMet extends ReceivedRule<MinorityDemand> {

  private static final Citation CITATION = Citation.of("§ 37 Abs. 1 BGB", "… wenn der durch die Satzung bestimmte Teil oder in Ermangelung einer Bestimmung der zehnte Teil der Mitglieder die Berufung schriftlich unter Angabe des Zweckes und der Gründe verlangt.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MINORITY_DEMAND_QUORUM_NOT_MET", Severity.ERROR, CITATION);

  MinorityDemandQuorumNotMet() {
    super(DEFINITION, "minorityDemands", Association::getMinorityDemands, MinorityDemand::getReceivedOn);
  }
  @Override
  protected void check(Association association, MinorityDemand demand, String path, StatuteVersion statute, CheckContext context,
      Outcome.Builder outcome) {
    outcome.checked();
    if (!AssemblyLaw.quorumMet(association, demand, statute)) {
      AssemblyLaw.Provision<Fraction> quorum = AssemblyLaw.minorityQuorum(statute);
      int members = association.membersOn(demand.getReceivedOn()).size();
      outcome.add(Finding.builder(this, path)
          .citation(quorum.citation())
          .fact("received", demand.getReceivedOn())
          .fact("supporters", AssemblyLaw.supportersCounted(association, demand))
          .fact("members", members)
          .fact("quorum", quorum.value())
          .fact("needed", quorum.value().leastPartOf(members))
          .build());
    }
  }
}
