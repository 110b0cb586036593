package de.nextnetz.domain.community;

/** Where a community came from. */
public enum OriginKind {
  /** From an event of the series What's NExT?, where new communities are proposed. */
  WHATS_NEXT,
  /** From a workshop. */
  WORKSHOP,
  /** From a NExTwerkstatt (a time-limited project workshop). */
  WERKSTATT,
  /** From anywhere else. */
  OTHER
}
