package de.nextnetz.rules.assembly;

import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Set;

/**
 * A resolution that needs a simple majority (any matter, a board election, the authorisation of
 * virtual assemblies) has more yes than no votes; abstentions do not count, a tie rejects (10 yes,
 * 10 no: rejected; 1 yes, 0 no, 30 abstentions: adopted). Where the Satzung counts the members
 * present ({@code simpleMajorityBase}), an abstention counts like a no. A finding where the
 * resolution failed but the minutes do not record it as rejected.
 */
final class ResolutionSimpleMajorityFailed extends MajorityRule {

  private static final Citation CITATION = Citation.of("§ 32 Abs. 1 Satz 3 BGB", "Bei der Beschlussfassung entscheidet die Mehrheit der abgegebenen Stimmen.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("RESOLUTION_SIMPLE_MAJORITY_FAILED", Severity.ERROR, CITATION);

  ResolutionSimpleMajorityFailed() {
    super(DEFINITION, Set.of(ResolutionKind.SIMPLE, ResolutionKind.BOARD_ELECTION,
        ResolutionKind.VIRTUAL_ASSEMBLY_AUTHORISATION));
  }
}
