package de.nextnetz.domain.event;

/** Who may take part in an event. */
public enum Audience {
  /** Open to the NExTnetzwerk: no membership needed. */
  NETWORK,
  /** Members, and guests on invitation (e.g. the NExTpanel's conferences). */
  MEMBERS_AND_INVITED_GUESTS
}
