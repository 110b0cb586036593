package de.nextnetz.domain.assembly;

/** What a resolution decides, which sets the majority it needs. */
public enum ResolutionKind {
  /** Any other matter: a majority of the votes cast (§ 32 Abs. 1 Satz 3 BGB). */
  SIMPLE,
  /** An election to the board: a majority of the votes cast. */
  BOARD_ELECTION,
  /** A change of the Satzung: three quarters of the votes cast (§ 33 Abs. 1 Satz 1 BGB). */
  STATUTE_CHANGE,
  /** A change of the association's purpose: the consent of all members (§ 33 Abs. 1 Satz 2 BGB). */
  PURPOSE_CHANGE,
  /** The dissolution: three quarters of the votes cast (§ 41 BGB). */
  DISSOLUTION,
  /** Allowing future assemblies to be virtual: a majority of the votes cast, at an assembly with a place (§ 32 Abs. 2 Satz 2 BGB). */
  VIRTUAL_ASSEMBLY_AUTHORISATION
}
