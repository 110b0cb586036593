package de.nextnetz.rules.board;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One person holds one board seat, unless the statute allows accumulation ({@code roleAccumulationAllowed}).
 * Citation: the statute version's source, from the association's data, and § 58 Nr. 3 BGB. A person (by
 * identifier) in more than
 * one seat is an ERROR where the statute forbids accumulation, else an INFO.
 */
final class BoardRoleAccumulation extends DefinedRule<Association> implements StatuteRule {

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("BOARD_ROLE_ACCUMULATION", Severity.ERROR, BoardCitations.COMPOSITION_RULE);

  BoardRoleAccumulation() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    List<BoardSeat> seats = association.getBoard().getSeats();
    if (association.getBoard().seatsOn(context.asOf()).isEmpty()) {
      return Outcome.notApplicable(DEFINITION.id());
    }
    Map<String, List<Integer>> seatsByPerson = new LinkedHashMap<>();
    for (int i = 0; i < seats.size(); i++) {
      if (!seats.get(i).isHeldOn(context.asOf())) {
        continue;
      }
      seatsByPerson.computeIfAbsent(seats.get(i).getPerson().getId(), id -> new ArrayList<>()).add(i);
    }
    Severity severity = context.statute().isRoleAccumulationAllowed() ? Severity.INFO : Severity.ERROR;
    Outcome.Builder outcome = Outcome.builder(DEFINITION.id()).checked();
    seatsByPerson.forEach((person, indexes) -> {
      if (indexes.size() > 1) {
        outcome.add(Finding.builder(this, severity, Pointer.to("board", "seats", indexes.get(1)))
            .citation(BoardCitations.composition(context.statute()))
            .fact("person", seats.get(indexes.get(0)).getPerson().getDisplayName())
            .fact("roles", indexes.stream().map(i -> seats.get(i).getRole().name())
                .sorted().collect(Collectors.joining(", ")))
            .fact("accumulationAllowed", context.statute().isRoleAccumulationAllowed())
            .build());
      }
    });
    return outcome.build();
  }
}
