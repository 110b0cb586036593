package de.nextnetz.rules.board;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;

/**
 * The board has the seats the statute sets for each role ({@code chairs}, {@code viceChairs},
 * {@code treasurers}, {@code furtherBoardMembers}). Citation: the statute version's source, from the
 * association's data, and § 58 Nr. 3 BGB (the Satzung sets how the board is formed). One finding per role whose count
 * differs: an ERROR for chair, vice chair and treasurer (the roles that represent the
 * association), a WARNING for the further members (fewer than set when the statute says "at
 * most"). Not applicable when there is no board at all ({@link BoardMissing}).
 */
final class BoardCompositionInvalid extends DefinedRule<Association> implements StatuteRule {

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("BOARD_COMPOSITION_INVALID", Severity.ERROR, BoardCitations.COMPOSITION_RULE);

  BoardCompositionInvalid() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    if (association.getBoard().seatsOn(context.asOf()).isEmpty()) {
      return Outcome.notApplicable(DEFINITION.id());
    }
    StatuteVersion statute = context.statute();
    Outcome.Builder outcome = Outcome.builder(DEFINITION.id()).checked();
    for (BoardRole role : BoardRole.values()) {
      int expected = switch (role) {
        case CHAIR -> statute.getChairs();
        case VICE_CHAIR -> statute.getViceChairs();
        case TREASURER -> statute.getTreasurers();
        case MEMBER -> statute.getFurtherBoardMembers();
      };
      int actual = association.getBoard().countSeatsOn(role, context.asOf());
      boolean further = role == BoardRole.MEMBER;
      boolean atMost = further && !statute.isFurtherBoardMembersExact();
      boolean wrong = atMost ? actual > expected : actual != expected;
      if (wrong) {
        outcome.add(Finding.builder(this, further ? Severity.WARNING : Severity.ERROR, "/board/seats")
            .citation(BoardCitations.composition(context.statute()))
            .fact("role", role)
            .fact("expected", expected)
            .fact("actual", actual)
            .messageKey("BOARD_COMPOSITION_INVALID." + role.name())
            .build());
      }
    }
    return outcome.build();
  }
}
