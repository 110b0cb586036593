package de.nextnetz.domain.membership;

/** The outcome of the board's decision on an application. */
public enum DecisionOutcome {
  /** Freigabe: the board approves the admission. */
  APPROVED,
  /** The board rejects the application. */
  REJECTED
}
