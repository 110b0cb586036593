package de.nextnetz.rules.law;

import de.nextnetz.rules.Citation;

/** What put a member in default with a fee (§ 286 BGB), each with the provision that says so. */
public enum DefaultBasis {
  /** The Satzung's calendar due day passed (§ 286 Abs. 2 Nr. 1 BGB): no reminder needed. */
  CALENDAR_DAY,
  /** The Satzung's days to pay after the invoice's receipt passed (§ 286 Abs. 2 Nr. 2 BGB): no reminder needed. */
  INVOICE,
  /** A reminder was received after the fee fell due (§ 286 Abs. 1 BGB). */
  REMINDER;

  /** {@return the provision that puts the member in default on this basis} */
  public Citation citation() {
    return switch (this) {
      case CALENDAR_DAY -> DuesLaw.DEFAULT;
      case INVOICE -> DuesLaw.DEFAULT_AFTER_INVOICE;
      case REMINDER -> DuesLaw.REMINDER;
    };
  }
}
