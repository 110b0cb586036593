package de.nextnetz.rules.municipal;

import de.nextnetz.domain.municipal.CouncilResolution;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.ResolutionCondition;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A membership does not start before the resolution, nor before its conditions were met (e.g.
 * "nach Wirksamwerden des Haushaltes 2024"). WARNING per early start; unknown while a condition's
 * day is not recorded.
 */
final class MunicipalStartBeforeCondition extends MembershipRule {
  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MUNICIPAL_START_BEFORE_CONDITION", Severity.WARNING, MunicipalCitations.RESOLUTION);

  MunicipalStartBeforeCondition() {
    super(DEFINITION);
  }

  @Override
  protected void check(MunicipalMembership membership, int index, CheckContext context, Outcome.Builder outcome) {

    if (membership.getResolution().isEmpty() || membership.getStart().isEmpty()) {
      return;
    }
    CouncilResolution resolution = membership.getResolution().get();
    LocalDate start = membership.getStart().get();
    outcome.checked();
    if (start.isBefore(resolution.getDate())) {
      outcome.add(Finding.builder(this, path(index) + Pointer.to("start"))
          .citation(MunicipalCitations.of(membership, MunicipalCitations.RESOLUTION))
          .fact("start", start).fact("conditionsMetOn", resolution.getDate())
          .messageKey("MUNICIPAL_START_BEFORE_CONDITION.resolution").build());
      return;
    }
    List<ResolutionCondition> conditions = resolution.getConditions();
    for (int k = 0; k < conditions.size(); k++) {
      Optional<LocalDate> met = conditions.get(k).getMetOn();
      if (met.isEmpty()) {
        outcome.missing(path(index) + Pointer.to("resolution", "conditions", k, "metOn"));
      } else if (start.isBefore(met.get())) {
        outcome.add(Finding.builder(this, path(index) + Pointer.to("start"))
          .citation(MunicipalCitations.of(membership, MunicipalCitations.RESOLUTION))
            .fact("start", start)
            .fact("condition", conditions.get(k).getDescription())
            .fact("conditionsMetOn", met.get())
            .build());
      }
    }
  }
}
