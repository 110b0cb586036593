package de.nextnetz.rules.assembly;

import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Set;

/**
 * A statute change has at least three quarters of the votes cast, or the Satzung's own majority
 * ({@code statuteChangeMajority}); abstentions do not count: 30/10/5 passes, 29/10/0 fails, 3/1/50
 * passes.
 */
final class ResolutionStatuteChangeMajorityFailed extends MajorityRule {

  private static final Citation CITATION = Citation.of("§ 33 Abs. 1 Satz 1 BGB", "Zu einem Beschluss, der eine Änderung der Satzung enthält, ist eine Mehrheit von drei Vierteln der abgegebenen Stimmen erforderlich.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("RESOLUTION_STATUTE_CHANGE_MAJORITY_FAILED", Severity.ERROR, CITATION);

  ResolutionStatuteChangeMajorityFailed() {
    super(DEFINITION, Set.of(ResolutionKind.STATUTE_CHANGE));
  }
}
