package de.nextnetz.rules.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the dated § 147 Abs. 3 AO table: a class of records is kept so many years, counted from the end of the
 * calendar year it was made in (Abs. 4), for every record whose period under the row before had not ended on
 * {@code forPeriodsRunningOn} (the transition rule of the law that changed it, e.g. Art. 97 § 19a Abs. 2 EGAO).
 *
 * @param recordClass the class of records
 * @param years the years of the period
 * @param forPeriodsRunningOn the row applies to records whose period under the previous row still ran on this day
 * @param source the law that set it
 * @param verified whether a second source confirmed the row
 */
public record RetentionPeriod(RecordClass recordClass, int years, LocalDate forPeriodsRunningOn, String source,
    boolean verified) {

  /**
   * Checks the row.
   *
   * @param recordClass the class
   * @param years the years
   * @param forPeriodsRunningOn the day of the transition
   * @param source the source
   * @param verified whether confirmed
   * @throws IllegalArgumentException if the years are not positive
   */
  public RetentionPeriod {
    Objects.requireNonNull(recordClass, "recordClass");
    Objects.requireNonNull(forPeriodsRunningOn, "forPeriodsRunningOn");
    Objects.requireNonNull(source, "source");
    if (years <= 0) {
      throw new IllegalArgumentException("a retention period has a positive number of years, not " + years);
    }
  }
}
