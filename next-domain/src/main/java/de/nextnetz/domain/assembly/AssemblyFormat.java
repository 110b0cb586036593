package de.nextnetz.domain.assembly;

/** Where the members meet (§ 32 Abs. 2 BGB). */
public enum AssemblyFormat {
  /** At a place. */
  IN_PERSON,
  /** At a place, and members may also take part by electronic communication (from 21 March 2023 without a Satzung basis). */
  HYBRID,
  /** Only by electronic communication (needs a Satzung basis or a members' resolution). */
  VIRTUAL
}
