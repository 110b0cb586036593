package de.nextnetz.domain.assembly;

/** Where the members meet (§ 32 Abs. 2 BGB). */
public enum AssemblyFormat {
  /** At a place. */
  IN_PERSON,
  /** At a place, and members may also take part by electronic communication (from 21 March 2023 without a Satzung basis). */
  HYBRID,
  /** Only by electronic communication (needs a Satzung basis or a members' resolution). */
  VIRTUAL,
  /**
   * No meeting: the members resolve in writing (Umlaufverfahren). Valid where every member agrees (§ 32 Abs. 3 BGB,
   * in Textform from 2025, schriftlich before); under the COVID rule until 31 August 2022 where at least half of
   * the members voted and the majority was reached (§ 5 Abs. 3 GesRuaCOVBekG). The rules of a meeting (invitation
   * period, quorum, minutes, access) do not apply to it, and it is no assembly held for the Satzung's rhythm.
   */
  WRITTEN
}
