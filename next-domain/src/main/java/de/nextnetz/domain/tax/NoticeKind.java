package de.nextnetz.domain.tax;

/** What the tax office issued about the tax-privileged status. */
public enum NoticeKind {
  /** Freistellungsbescheid: the notice that the body is exempt for an assessment period. */
  EXEMPTION_NOTICE,
  /** Anlage zum Körperschaftsteuerbescheid: the annex stating the exemption with a tax assessment. */
  ASSESSMENT_ANNEX,
  /** Feststellung nach § 60a AO: the separate determination that the Satzung meets §§ 51, 59, 60, 61 AO. */
  STATUTE_DETERMINATION
}
