package de.nextnetz.rules.law;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dated table of retention periods (§ 147 Abs. 3 AO), one {@link RetentionPeriod} row per change of the law, so
 * a record made in any year gets the period of its time: booking vouchers 10 years, and 8 years for every voucher
 * whose 10-year period had not ended by 31 December 2024 (Bürokratieentlastungsgesetz IV, Art. 97 § 19a Abs. 2
 * EGAO); books 10 years; letters 6 years. Users add rows where the law changes again ({@link #with}).
 *
 * <p>Immutable and thread-safe.
 */
public final class RetentionPeriods {

  /** The table as the law stands on 1 December 2026. */
  public static final RetentionPeriods DEFAULT = new RetentionPeriods(List.of(
      new RetentionPeriod(RecordClass.BOOKS, 10, LocalDate.of(1977, 1, 1), "§ 147 Abs. 3 Satz 1 AO", true),
      new RetentionPeriod(RecordClass.VOUCHERS, 10, LocalDate.of(1977, 1, 1), "§ 147 Abs. 3 Satz 1 AO (until 2024)",
          true),
      new RetentionPeriod(RecordClass.VOUCHERS, 8, LocalDate.of(2025, 1, 1),
          "§ 147 Abs. 3 Satz 1 AO i. d. F. des BEG IV (BGBl. 2024 I Nr. 323); Art. 97 § 19a Abs. 2 EGAO", true),
      new RetentionPeriod(RecordClass.LETTERS, 6, LocalDate.of(1977, 1, 1), "§ 147 Abs. 3 Satz 1 AO", true)));

  private final List<RetentionPeriod> rows;

  private RetentionPeriods(List<RetentionPeriod> rows) {
    List<RetentionPeriod> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(RetentionPeriod::forPeriodsRunningOn));
    this.rows = List.copyOf(sorted);
  }

  /**
   * The table with one more row.
   *
   * @param row the row, e.g. a new period for vouchers from some day
   * @return the new table
   */
  public RetentionPeriods with(RetentionPeriod row) {
    List<RetentionPeriod> more = new ArrayList<>(rows);
    more.add(row);
    return new RetentionPeriods(more);
  }

  /** {@return the rows, oldest first} */
  public List<RetentionPeriod> rows() {
    return rows;
  }

  /**
   * The last day a record must be kept: 31 December of the year it was made plus the period that applies to it
   * (§ 147 Abs. 4 AO), the period of a later row where the earlier one had not ended when the later came.
   *
   * @param recordClass the class of the record
   * @param made the calendar year it was made (a booking, a voucher's date, a letter sent or received)
   * @return the last day; the record may go from the day after, unless an open assessment still needs it
   *     (§ 147 Abs. 3 Satz 5 AO), which the library cannot know
   * @throws IllegalArgumentException if the table has no row for the class
   */
  public LocalDate keepUntil(RecordClass recordClass, Year made) {
    return LocalDate.of(made.getValue() + rowFor(recordClass, made).years(), 12, 31);
  }

  /**
   * The row that sets the period of a record, for its citation.
   *
   * @param recordClass the class of the record
   * @param made the year it was made
   * @return the row
   * @throws IllegalArgumentException if the table has no row for the class
   */
  public RetentionPeriod rowFor(RecordClass recordClass, Year made) {
    @Nullable RetentionPeriod found = null;
    @Nullable LocalDate end = null;
    for (RetentionPeriod row : rows) {
      if (row.recordClass() == recordClass && (end == null || !end.isBefore(row.forPeriodsRunningOn()))) {
        found = row;
        end = LocalDate.of(made.getValue() + row.years(), 12, 31);
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("no retention period for " + recordClass);
    }
    return found;
  }
}
