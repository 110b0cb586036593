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
  MEMBER;

  /**
   * Whether the role belongs to the board in the sense of § 26 BGB, which represents the association and is
   * entered in the register: the chair, the vice chair and the treasurer, as Satzungen usually name them; further
   * members form the extended board, which neither represents nor is entered.
   *
   * @return whether the role represents the association
   */
  public boolean isRepresentative() {
    return this != MEMBER;
  }
}
