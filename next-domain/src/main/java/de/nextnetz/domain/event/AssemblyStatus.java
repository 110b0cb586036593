package de.nextnetz.domain.event;

/** Whether a general assembly has taken place or is planned. */
public enum AssemblyStatus {
  /** The assembly has taken place. */
  HELD,
  /** The assembly is planned for its date. */
  PLANNED
}
