package de.nextnetz.domain;

/** What a register filing reports. */
public enum RegisterFilingKind {
  /** A change of the board (§ 67 BGB). */
  BOARD_CHANGE,
  /** A change of the Satzung (§ 71 BGB). */
  STATUTE_CHANGE
}
