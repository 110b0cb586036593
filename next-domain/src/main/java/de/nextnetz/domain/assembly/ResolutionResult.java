package de.nextnetz.domain.assembly;

/** The result of a resolution as the minutes record it. */
public enum ResolutionResult {
  /** Recorded as adopted. */
  ADOPTED,
  /** Recorded as rejected. */
  REJECTED
}
