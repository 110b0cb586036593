package de.nextnetz.rules.municipal;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.municipal.CouncilResolution;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Optional;

/** The fee recorded is the fee the resolution approved. WARNING otherwise. */
final class MunicipalFeeNotAsResolved extends MembershipRule {
  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MUNICIPAL_FEE_NOT_AS_RESOLVED", Severity.WARNING, MunicipalCitations.SPLIT);

  MunicipalFeeNotAsResolved() {
    super(DEFINITION);
  }

  @Override
  protected void check(MunicipalMembership membership, int index, CheckContext context, Outcome.Builder outcome) {

    Optional<Money> resolved = membership.getResolution().flatMap(CouncilResolution::getAnnualFee);
    if (resolved.isEmpty()) {
      return;
    }
    outcome.checked();
    if (!resolved.get().equals(membership.getAnnualFee())) {
      outcome.add(Finding.builder(this, path(index) + Pointer.to("annualFee"))
          .citation(MunicipalCitations.of(membership, MunicipalCitations.SPLIT))
          .fact("association", membership.getAssociation())
          .fact("fee", membership.getAnnualFee())
          .fact("resolvedFee", resolved.get())
          .fact("resolution", membership.getResolution().map(CouncilResolution::getNumber).orElse("-"))
          .build());
    }
  }
}
