package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.AssemblyLaw;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Optional;

/**
 * Every resolution was taken on an item the invitation's agenda named (§ 32 Abs. 1 Satz 2 BGB): a
 * resolution on a subject not announced is void.
 */
final class MvAgendaItemNotAnnounced extends ResolutionRule {

  private static final Citation CITATION = Citation.of("§ 32 Abs. 1 Satz 2 BGB", "Zur Gültigkeit des Beschlusses ist erforderlich, dass der Gegenstand bei der Berufung bezeichnet wird.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MV_AGENDA_ITEM_NOT_ANNOUNCED", Severity.ERROR, CITATION);

  MvAgendaItemNotAnnounced() {
    super(DEFINITION);
  }
  /** A resolution without a meeting has no invitation's agenda to be announced on. */
  @Override
  boolean judgesResolutionsWithoutMeeting() {
    return false;
  }

  @Override
  boolean ready(GeneralAssembly assembly, String path, CheckContext context, Outcome.Builder outcome) {
    return invitation(assembly, path, context, outcome).isPresent();
  }

  @Override
  void check(Association association, GeneralAssembly assembly, Resolution resolution, String path,
      CheckContext context, Outcome.Builder outcome) {
    outcome.checked();
    Optional<String> item = resolution.getAgendaItemId();
    if (!AssemblyLaw.announced(assembly, resolution)) {
      outcome.add(Finding.builder(this, path)
          .param("resolution", resolution.getSubject())
          .fact("assembly", assembly.getDate())
          .fact("agendaItem", item.orElse("–"))
          .build());
    }
  }
}
