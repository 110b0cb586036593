package de.nextnetz.rules.board;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;

/**
 * The association must have a board.
 * <blockquote>Der Verein muss einen Vorstand haben.</blockquote>
 * Citation: § 26 Abs. 1 Satz 1 BGB (mandatory). Violated when the board has no seat.
 */
final class BoardMissing extends DefinedRule<Association> implements StatuteRule {

  private static final Citation CITATION =
      Citation.of("§ 26 Abs. 1 Satz 1 BGB", "Der Verein muss einen Vorstand haben.");

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("BOARD_MISSING", Severity.ERROR, CITATION);

  BoardMissing() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    if (!association.getBoard().seatsOn(context.asOf()).isEmpty()) {
      return Outcome.satisfied(DEFINITION.id());
    }
    return Outcome.violated(Finding.builder(this, "/board")
        .fact("seats", 0)
        .fact("asOf", context.asOf())
        .build());
  }
}
