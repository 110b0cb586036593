package de.nextnetz.domain.dues;

/** How a member pays the dues. */
public enum PaymentMethod {
  /** SEPA Core direct debit under a mandate (Lastschrift); the association collects. */
  DIRECT_DEBIT,
  /** The member transfers the fee (Überweisung) without an invoice. */
  TRANSFER,
  /** The association sends an invoice (Beitragsrechnung), as public bodies ask for; the member transfers. */
  INVOICE
}
