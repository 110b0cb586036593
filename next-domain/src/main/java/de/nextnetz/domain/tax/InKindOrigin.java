package de.nextnetz.domain.tax;

/** Where a gift in kind comes from, as the giver says; the receipt for gifts in kind ticks one (BMF template). */
public enum InKindOrigin {
  /** From the giver's business assets: valued at the withdrawal value, with the VAT on the withdrawal. */
  BUSINESS,
  /** From the giver's private assets. */
  PRIVATE,
  /** The giver said nothing about its origin, though asked. */
  UNKNOWN
}
