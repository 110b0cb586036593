package de.nextnetz.domain.board;

/** The roles of a board seat. */
public enum BoardRole {
  /** Vorsitzende:r. */
  CHAIR,
  /** Stellvertretende:r Vorsitzende:r. */
  VICE_CHAIR,
  /** Schatzmeister:in. */
  TREASURER,
  /** Weiteres Mitglied des Vorstands. */
  MEMBER
}
