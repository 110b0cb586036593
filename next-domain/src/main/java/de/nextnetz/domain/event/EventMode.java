package de.nextnetz.domain.event;

/** How people take part in an event. */
public enum EventMode {
  /** Virtuell: online only. */
  VIRTUAL,
  /** Präsenz: in person only. */
  IN_PERSON,
  /** Hybrid: in person and online. */
  HYBRID
}
