package de.nextnetz.domain.base;

/** Mitgliedsart: the kinds of membership the NExT statute knows. */
public enum MembershipKind {
  /** Persönliches Mitglied: a natural person. */
  PERSONAL,
  /** Institutionelles Mitglied: an authority or other institution. */
  INSTITUTIONAL,
  /**
   * Assoziiertes Mitglied: e.g. a municipality such as Wiesbaden (resolution Nr. 0057). The
   * activity report's 115 members (37 institutional, 78 personal) do not include associated ones.
   */
  ASSOCIATED
}
