package de.nextnetz.domain.time;

/**
 * How a period was counted under §§ 187, 188 BGB; the explanation of a finding names it.
 */
public enum Counting {
  /**
   * From an event within a day (§ 187 Abs. 1 BGB): the day of the event does not count; a period of
   * months or years ends with the day of the same number (§ 188 Abs. 2 Alt. 1 BGB), or with the last
   * day of the month where that day is missing (§ 188 Abs. 3 BGB).
   */
  FROM_EVENT,
  /**
   * From the start of a day (§ 187 Abs. 2 BGB): that day counts; a period of months or years ends
   * with the day before the day of the same number (§ 188 Abs. 2 Alt. 2 BGB), or with the last day of
   * the month where that day is missing (§ 188 Abs. 3 BGB).
   */
  FROM_START_OF_DAY,
  /**
   * Backward from a day a period must end by, as for a notice period (§ 39 Abs. 2 BGB with §§ 187
   * Abs. 1, 188 Abs. 2 BGB): the latest day from which the period, counted from an event on it,
   * still ends on or before that day. § 193 BGB does not move it.
   */
  BACKWARD_FROM_END,
  /**
   * A day something is due, moved past a Saturday, Sunday or public holiday at the place of
   * performance to the next working day (§ 193 BGB).
   */
  NEXT_WORKING_DAY
}
