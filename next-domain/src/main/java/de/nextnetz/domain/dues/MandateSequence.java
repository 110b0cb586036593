package de.nextnetz.domain.dues;

/** Whether a SEPA mandate allows a series of collections or one. */
public enum MandateSequence {
  /** Recurrent collections (wiederkehrende Lastschrift), as for annual dues. */
  RECURRENT,
  /** A single collection (einmalige Lastschrift); a second one needs a new mandate. */
  ONE_OFF
}
