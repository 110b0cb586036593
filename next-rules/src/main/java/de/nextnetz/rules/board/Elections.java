package de.nextnetz.rules.board;

import de.nextnetz.domain.board.Board;
import de.nextnetz.rules.CheckContext;
import java.time.LocalDate;
import java.util.Optional;

/** The election that counts on a day (the latest one held on or before it) and the deadline it sets. */
final class Elections {

  /** The last election before the day of a check, and the day by which the board must be re-elected. */
  record Term(LocalDate lastElection, LocalDate dueBy) {}

  private Elections() {}

  /** The term of the board on the day of the check, if an election on or before that day is recorded. */
  static Optional<Term> term(Board board, CheckContext context) {
    return board.getLastElectionOn(context.asOf())
        .map(last -> new Term(last, context.statute().reElectionDueBy(last)));
  }

}
