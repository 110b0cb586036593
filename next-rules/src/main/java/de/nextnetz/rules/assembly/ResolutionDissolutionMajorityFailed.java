package de.nextnetz.rules.assembly;

import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Set;

/**
 * A dissolution has at least three quarters of the votes cast, or the Satzung's own majority
 * ({@code dissolutionMajority}); only the general assembly can dissolve the association.
 */
final class ResolutionDissolutionMajorityFailed extends MajorityRule {

  private static final Citation CITATION = Citation.of("§ 41 Satz 2 BGB", "Zu dem Beschluss ist eine Mehrheit von drei Vierteln der abgegebenen Stimmen erforderlich, wenn nicht die Satzung ein anderes bestimmt.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("RESOLUTION_DISSOLUTION_MAJORITY_FAILED", Severity.ERROR, CITATION);

  ResolutionDissolutionMajorityFailed() {
    super(DEFINITION, Set.of(ResolutionKind.DISSOLUTION));
  }
}
