package de.nextnetz.rules.board;

import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.Election;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/** The election that counts on a day: the latest one held on or before it. */
final class Elections {

  private Elections() {}

  static Optional<LocalDate> lastOnOrBefore(Board board, LocalDate day) {
    return board.getElections().stream()
        .map(Election::getDate)
        .filter(date -> !date.isAfter(day))
        .max(Comparator.naturalOrder());
  }
}
