package de.nextnetz.rules.law;

/**
 * How long a former member's SEPA mandate is kept: the readings of an open point (money-and-tax reference, § 7 and
 * open point 8), one chosen by the user.
 */
public enum MandateRetention {
  /** As a booking voucher, 8 years from the end of the year of the last debit (§ 147 Abs. 1 Nr. 4 AO); the default. */
  AS_VOUCHER,
  /** Only as long as the debtor may reclaim an unauthorised debit: 13 months after the last (§ 676b Abs. 2 BGB). */
  REFUND_PERIOD
}
