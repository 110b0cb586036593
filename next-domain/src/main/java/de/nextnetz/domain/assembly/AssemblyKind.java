package de.nextnetz.domain.assembly;

/** Whether a general assembly is the ordinary one the Satzung sets or an extraordinary one. */
public enum AssemblyKind {
  /** The ordinary assembly, e.g. the annual one. */
  ORDINARY,
  /** An extraordinary assembly, called when the association's interest or a minority demands it (§§ 36, 37 BGB). */
  EXTRAORDINARY
}
