package de.nextnetz.rules;

/** The status of a rule's outcome. */
public enum Status {
  /** The rule holds. */
  SATISFIED,
  /** The rule does not hold; the outcome has findings. */
  VIOLATED,
  /** The rule does not apply to this association on this day. */
  NOT_APPLICABLE,
  /** The rule cannot be decided; the outcome names the missing facts. */
  UNKNOWN
}
