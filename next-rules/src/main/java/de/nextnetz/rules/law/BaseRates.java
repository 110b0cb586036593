package de.nextnetz.rules.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The base rate of interest (§ 247 BGB) over time: dated rows, not a constant, since the Bundesbank sets a new
 * rate each 1 January and 1 July. {@link #DEFAULT} holds the rows of the library's reference (money-and-tax
 * section 1, as of December 2026), the last one being the first half of 2026; a day after the last row has no
 * known rate, and interest for it is reported as unknown, never guessed. A user adds or corrects rows with
 * {@link #with(BaseRate)} (e.g. the rate from 1 July 2026 once published).
 */
public final class BaseRates {

  private static final String IWW = "iww.de (\"zum 1.7.25 von 2,27 % auf 1,27 %\")";

  /** The reference's rows from 1 January 2024 to 30 June 2026. */
  public static final BaseRates DEFAULT = new BaseRates(List.of(
      half(2024, 1, "3.62", "Deutsche Bundesbank", false),
      half(2024, 7, "3.37", "derived from the ECB's main refinancing rate (−0.25)", false),
      half(2025, 1, "2.27", IWW, true),
      half(2025, 7, "1.27", IWW + "; malerblog.net", true),
      half(2026, 1, "1.27", "finanzmarktnachrichten.de (Bundesanzeiger 24.12.2025)", true)));

  private final List<BaseRate> rows;

  private BaseRates(List<BaseRate> rows) {
    List<BaseRate> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(BaseRate::from));
    for (int k = 1; k < sorted.size(); k++) {
      if (!sorted.get(k).from().isAfter(sorted.get(k - 1).until())) {
        throw new IllegalArgumentException("base rates overlap: " + sorted.get(k - 1).from() + "–"
            + sorted.get(k - 1).until() + " and " + sorted.get(k).from() + "–" + sorted.get(k).until());
      }
    }
    this.rows = List.copyOf(sorted);
  }

  /**
   * A table of the user's own rows.
   *
   * @param rows the rows; they must not overlap
   * @return the table
   * @throws IllegalArgumentException if two rows overlap
   */
  public static BaseRates of(List<BaseRate> rows) {
    return new BaseRates(rows);
  }

  /**
   * This table with a row added, replacing any row that starts on the same day.
   *
   * @param row the row
   * @return the new table
   * @throws IllegalArgumentException if the row overlaps another that starts on another day
   */
  public BaseRates with(BaseRate row) {
    List<BaseRate> next = new ArrayList<>();
    for (BaseRate existing : rows) {
      if (!existing.from().equals(row.from())) {
        next.add(existing);
      }
    }
    next.add(row);
    return new BaseRates(next);
  }

  /**
   * A half-year's row, from 1 January or 1 July to 30 June or 31 December.
   *
   * @param year the year
   * @param month 1 or 7
   * @param percent the rate in percent, e.g. {@code "1.27"}
   * @param source where it comes from
   * @param verified whether confirmed by a second source
   * @return the row
   * @throws IllegalArgumentException if the month is neither 1 nor 7, or the percent is not a number
   */
  public static BaseRate half(int year, int month, String percent, String source, boolean verified) {
    if (month != 1 && month != 7) {
      throw new IllegalArgumentException("a base rate starts on 1 January or 1 July, not in month " + month);
    }
    LocalDate from = LocalDate.of(year, month, 1);
    return new BaseRate(from, from.plusMonths(6).minusDays(1), new BigDecimal(percent), source, verified);
  }

  /** {@return the rows, oldest first} */
  public List<BaseRate> rows() {
    return rows;
  }

  /**
   * The row that applies on a day.
   *
   * @param day the day
   * @return the row, or empty if the table has none for the day
   */
  public Optional<BaseRate> on(LocalDate day) {
    for (BaseRate row : rows) {
      if (row.appliesOn(day)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }
}
