package de.nextnetz.rules.assembly;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.LawChanges;
import java.util.Optional;

/**
 * The invitation to a hybrid or virtual assembly says how members take part and exercise their
 * rights electronically. In force from 21 March 2023 (BGBl. 2023 I Nr. 72); earlier assemblies are
 * not judged by it.
 */
final class MvHybridAccessInfoMissing extends AssemblyRule {

  private static final Citation CITATION = Citation.of("§ 32 Abs. 2 Satz 3 BGB", "Wird eine hybride oder virtuelle Versammlung einberufen, so muss bei der Berufung auch angegeben werden, wie die Mitglieder ihre Rechte im Wege der elektronischen Kommunikation ausüben können.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MV_HYBRID_ACCESS_INFO_MISSING", Severity.ERROR, CITATION);

  MvHybridAccessInfoMissing() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome) {
    if (assembly.getFormat() == AssemblyFormat.IN_PERSON
        || !LawChanges.HYBRID_ASSEMBLIES.inForceOn(assembly.getDate())) {
      return;
    }
    Optional<Invitation> invitation = invitation(assembly, path, context, outcome);
    if (invitation.isEmpty()) {
      return;
    }
    outcome.checked();
    if (invitation.get().getAccessInformation().isEmpty()) {
      outcome.add(Finding.builder(this, path + "/invitation")
          .fact("assembly", assembly.getDate())
          .fact("format", assembly.getFormat())
          .build());
    }
  }
}
