package de.nextnetz.rules.rhythm;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.util.List;
import java.util.Optional;

/**
 * Where the statute says so ({@code assemblyAtAutumnConference}), the general assembly meets within the
 * members' autumn conference. Citation: the statute version's clause for {@code ASSEMBLY_AT_CONFERENCE}
 * (else its source). A WARNING per assembly held by
 * the day of the check on no day of an autumn conference (or not on a day of the conference it
 * names).
 */
final class MvNotAtAutumnConference extends DefinedRule<Association> implements StatuteRule {

  private static final Citation CITATION = Citation.of("Satzung (Mitgliederversammlung bei der Herbstkonferenz)");

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MV_NOT_AT_AUTUMN_CONFERENCE", Severity.WARNING, CITATION);

  MvNotAtAutumnConference() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(DEFINITION.id());
    List<GeneralAssembly> assemblies = association.getGeneralAssemblies();
    for (int i = 0; i < assemblies.size(); i++) {
      GeneralAssembly assembly = assemblies.get(i);
      if (!assembly.isHeldBy(context.asOf()) || !assembly.isMeeting()) {
        continue;
      }
      Optional<StatuteVersion> statute = Statutes.governing(association, assembly.getDate(), outcome);
      if (statute.isEmpty() || !statute.get().isAssemblyAtAutumnConference()) {
        continue;
      }
      outcome.checked();
      Optional<Event> conference = association.getEvents().stream()
          .filter(event -> event.getFormat() == EventFormat.NEXTPANEL_AUTUMN)
          .filter(event -> assembly.getEventId().map(event.getId()::equals).orElse(true))
          .filter(event -> !assembly.getDate().isBefore(event.getDate())
              && !assembly.getDate().isAfter(event.getLastDay()))
          .findFirst();
      if (conference.isEmpty()) {
        outcome.add(Finding.builder(this, Pointer.to("generalAssemblies", i))
            .citation(Clauses.cite(statute.get(), StatuteParameter.ASSEMBLY_AT_CONFERENCE))
            .fact("assembly", assembly.getDate())
            .fact("namedEvent", assembly.getEventId())
            .build());
      }
    }
    return outcome.build();
  }
}
