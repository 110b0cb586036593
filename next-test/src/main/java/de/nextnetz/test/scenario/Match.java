package de.nextnetz.test.scenario;

/** How the expected findings of a scenario are compared with the actual ones. */
public enum Match {
  /** Every expected finding is there; further findings do not matter. */
  AT_LEAST,
  /** Every expected finding is there, and there is no other finding. */
  EXACT
}
