package de.nextnetz.domain.assembly;

/** A vote cast. */
public enum Vote {
  /** Yes. */
  YES,
  /** No. */
  NO,
  /** Abstention. */
  ABSTAIN
}
