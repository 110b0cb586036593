package de.nextnetz.rules.municipal;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Optional;

/** The cost shares of a membership's fee sum to the fee, to the cent. ERROR otherwise. */
final class MunicipalCostSharesInconsistent extends MembershipRule {
  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MUNICIPAL_COST_SHARES_INCONSISTENT", Severity.ERROR, MunicipalCitations.SPLIT);

  MunicipalCostSharesInconsistent() {
    super(DEFINITION);
  }

  @Override
  protected void check(MunicipalMembership membership, int index, CheckContext context, Outcome.Builder outcome) {

    if (membership.getCostShares().isEmpty()) {
      return;
    }
    outcome.checked();
    Optional<Money> total = CostShare.total(membership.getCostShares(), membership.getAnnualFee().currency());
    if (total.isEmpty() || !total.get().equals(membership.getAnnualFee())) {
      outcome.add(Finding.builder(this, path(index) + Pointer.to("costShares"))
          .citation(MunicipalCitations.of(membership, MunicipalCitations.SPLIT))
          .fact("association", membership.getAssociation())
          .fact("fee", membership.getAnnualFee())
          .fact("sharesSum", total)
          .build());
    }
  }
}
