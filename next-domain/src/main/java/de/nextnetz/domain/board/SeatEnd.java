package de.nextnetz.domain.board;

/** How a seat on the board ended. */
public enum SeatEnd {
  /** The term ran out and the holder was not re-elected. */
  TERM,
  /** The holder resigned (Amtsniederlegung). */
  RESIGNATION,
  /** The members removed the holder (Abberufung, § 27 Abs. 2 BGB). */
  REMOVAL,
  /** The holder died. */
  DEATH
}
