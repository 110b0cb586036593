package de.nextnetz.rules.law;

/** The amounts of the tax law that change with time, each a row of {@link TaxThresholds}. */
public enum ThresholdKind {
  /** § 55 Abs. 1 Nr. 5 Satz 4 AO: yearly receipts up to which the duty of timely use does not apply. */
  TIMELY_USE_EXEMPTION,
  /** § 64 Abs. 3 AO: gross receipts of the taxable economic businesses up to which no corporate or trade tax falls. */
  ECONOMIC_BUSINESS,
  /** § 3 Nr. 26 EStG: the tax-free trainer's allowance (Übungsleiterfreibetrag) a person and year. */
  UEBUNGSLEITER,
  /** § 3 Nr. 26a EStG: the tax-free volunteer's allowance (Ehrenamtspauschale) a person and year. */
  EHRENAMT,
  /** §§ 31a, 31b BGB: the yearly pay up to which board members and members are liable only for gross negligence. */
  LIABILITY_PRIVILEGE,
  /** § 50 Abs. 4 Satz 1 Nr. 2 EStDV: a single donation up to which a bank record suffices as proof. */
  SIMPLIFIED_PROOF,
  /**
   * AEAO zu § 52 Nr. 1.1: the average yearly fees a member up to which the general public is not kept out by the
   * fees (an administrative instruction, aimed at clubs serving their members).
   */
  MEMBER_FEE_AVERAGE
}
