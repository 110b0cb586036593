package de.nextnetz.domain.membership;

/** What a person asks of the association under the DSGVO. */
public enum DataRequestKind {
  /** Access: a copy of the data held about the person (Art. 15 DSGVO). */
  ACCESS,
  /** Rectification of inaccurate data (Art. 16 DSGVO). */
  RECTIFICATION,
  /** Erasure (Art. 17 DSGVO). */
  ERASURE,
  /** Restriction of processing (Art. 18 DSGVO). */
  RESTRICTION,
  /** The data in a structured, machine-readable format (Art. 20 DSGVO). */
  PORTABILITY,
  /** Objection to processing (Art. 21 DSGVO). */
  OBJECTION
}
