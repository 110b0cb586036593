package de.nextnetz.domain.assembly;

/** Who called a general assembly. */
public enum ConvenerKind {
  /** The board, in representative strength (§ 26 BGB). */
  BOARD,
  /** Members the register court authorised after their demand was not honoured (§ 37 Abs. 2 BGB). */
  COURT_AUTHORISED_MEMBERS,
  /** Anyone else, e.g. a single board member or the office. */
  OTHER
}
