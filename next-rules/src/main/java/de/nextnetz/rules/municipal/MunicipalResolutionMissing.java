package de.nextnetz.rules.municipal;

import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/** A membership rests on a council resolution. ERROR per membership without one. */
final class MunicipalResolutionMissing extends MembershipRule {
  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MUNICIPAL_RESOLUTION_MISSING", Severity.ERROR, MunicipalCitations.RESOLUTION);

  MunicipalResolutionMissing() {
    super(DEFINITION);
  }

  @Override
  protected void check(MunicipalMembership membership, int index, CheckContext context, Outcome.Builder outcome) {
    outcome.checked();
    if (membership.getResolution().isEmpty()) {
      outcome.add(Finding.builder(this, path(index))
          .fact("association", membership.getAssociation())
          .build());
    }
  }
}
