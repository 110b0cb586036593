package de.nextnetz.domain.base;

/** The kind of an organisation, as the seeds and the cooperation initiative tell them apart. */
public enum OrganisationKind {
  /** A federal, state or municipal authority (Behörde), e.g. a ministry. */
  AUTHORITY,
  /** A municipality or district as a body (Gebietskörperschaft), e.g. Landeshauptstadt Wiesbaden. */
  MUNICIPALITY,
  /** A company owned by the public sector (öffentliches Unternehmen). */
  PUBLIC_COMPANY,
  /** A public IT provider (öffentlich-rechtlicher IT-Dienstleister). */
  PUBLIC_IT_PROVIDER,
  /** A university or research institute. */
  RESEARCH,
  /** An association or other non-profit body. */
  ASSOCIATION,
  /** A private company. */
  COMPANY,
  /** Anything else. */
  OTHER
}
