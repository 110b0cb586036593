package de.nextnetz.domain.statute;

/**
 * The days on which a member may leave (§ 39 Abs. 2 BGB): any day, or only at the end of a
 * quarter, a half year or the fiscal year (the quarters and halves counted from the fiscal year's
 * end).
 */
public enum ExitDate {
  /** Any day, after the notice period. */
  ANY_DAY(0),
  /** The end of a quarter of the fiscal year. */
  QUARTER_END(3),
  /** The end of a half of the fiscal year. */
  HALF_YEAR_END(6),
  /** The end of the fiscal year (Schluss des Geschäftsjahrs). */
  FISCAL_YEAR_END(12);

  private final int months;

  ExitDate(int months) {
    this.months = months;
  }

  /** {@return the months between two possible exit days; 0 for any day} */
  public int months() {
    return months;
  }
}
