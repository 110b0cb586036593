package de.nextnetz.domain.tax;

/** The tax-free allowances for work in a tax-privileged body. */
public enum AllowanceKind {
  /** § 3 Nr. 26 EStG: for work as a trainer, teacher, carer (Übungsleiterfreibetrag). */
  UEBUNGSLEITER,
  /** § 3 Nr. 26a EStG: for any other volunteer work (Ehrenamtspauschale). */
  EHRENAMT
}
