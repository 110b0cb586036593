package de.nextnetz.domain.board;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of the board in the sense of § 67 Abs. 1 BGB: a person joined or left a seat that represents the
 * association, on the first day of the new state. A re-election of the same person to the same role without a day
 * between is no change.
 *
 * @param day the first day of the new board
 * @param seat the seat that began or ended
 * @param joined whether the holder joined ({@code true}) or left ({@code false})
 */
public record BoardChange(LocalDate day, BoardSeat seat, boolean joined) {

  /**
   * Checks that nothing is missing.
   *
   * @param day the first day of the new board
   * @param seat the seat
   * @param joined whether the holder joined
   */
  public BoardChange {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(seat, "seat");
  }
}
