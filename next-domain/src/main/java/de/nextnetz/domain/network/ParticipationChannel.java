package de.nextnetz.domain.network;

/** How a person joined the NExTnetzwerk: by their own action, no application needed. */
public enum ParticipationChannel {
  /** By subscribing to the newsletter. */
  NEWSLETTER,
  /** By taking part in an event. */
  EVENT,
  /** By joining a NExTcommunity. */
  COMMUNITY
}
