package de.nextnetz.domain.membership;

/** What a reviewing member recommends on an application. */
public enum Recommendation {
  /** Admit the applicant. */
  ADMIT,
  /** Do not admit the applicant. */
  REJECT
}
