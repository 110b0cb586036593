package de.nextnetz.rules.satzung;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;

/**
 * The Satzung does not exclude leaving the association: the right to leave is mandatory law (§ 39
 * is not among the provisions § 40 BGB lets the Satzung change).
 */
final class SatzungExitExcluded extends DefinedRule<Association> implements StatuteRule {

  private static final Citation CITATION = Citation.of("§§ 39 Abs. 1, 40 BGB", "Die Mitglieder sind zum Austritt aus dem Verein berechtigt.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("SATZUNG_EXIT_EXCLUDED", Severity.ERROR, CITATION);

  SatzungExitExcluded() {
    super(DEFINITION);
  }
  @Override
  public Outcome check(Association association, CheckContext context) {
    if (!context.statute().isExitExcluded()) {
      return Outcome.satisfied(DEFINITION.id());
    }
    return Outcome.violated(Finding.builder(this, "/statute")
        .fact("validFrom", context.statute().getValidFrom())
        .build());
  }
}
