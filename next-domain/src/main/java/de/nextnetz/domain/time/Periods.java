package de.nextnetz.domain.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The period rules of the BGB (§§ 187–193), in one place: every rule and deadline of the library
 * that counts a period asks this class, and each method names the clause it implements.
 *
 * <p>A period of months and years is counted first, then its weeks and days; a period of days only
 * counts days. The periods the statute law uses are of one unit (three months, two years), for
 * which the order does not matter.
 */
public final class Periods {

  private Periods() {}

  /**
   * The last day of a period that starts with an event within a day, such as an election, the
   * receipt of a letter or the end of a membership: the day of the event does not count (§ 187
   * Abs. 1 BGB); a period of months or years ends with the day of the same number (§ 188 Abs. 2
   * Alt. 1 BGB), or with the last day of that month where it has no such day (§ 188 Abs. 3 BGB); a
   * period of days ends after that many days. Elected 12 Oct 2023, two years: 12 Oct 2025; elected
   * 29 Feb 2024, two years: 28 Feb 2026; left on 31 Jan, one month: 28 or 29 Feb.
   *
   * @param eventDay the day of the event
   * @param length the period, not negative
   * @return the last day of the period, on which it ends at midnight
   * @throws IllegalArgumentException if the period is negative
   * @throws java.time.DateTimeException if the end lies outside the years {@link LocalDate} can hold
   */
  public static LocalDate endCountedFromEvent(LocalDate eventDay, Period length) {
    Objects.requireNonNull(eventDay, "eventDay");
    requireNotNegative(length);
    return eventDay.plus(length);
  }

  /**
   * The last day of a period that starts with the beginning of a day, such as a term "from 1 January"
   * or the day of birth: that day counts (§ 187 Abs. 2 BGB); a period of months or years ends with
   * the day before the day of the same number (§ 188 Abs. 2 Alt. 2 BGB), or with the last day of the
   * month where that day is missing (§ 188 Abs. 3 BGB); a period of days ends with its last day.
   * From 1 Mar, one month: 31 Mar; from 31 Jan, one month: 28 or 29 Feb; from 1 Jan 2025, one year:
   * 31 Dec 2025.
   *
   * @param firstDay the first day of the period
   * @param length the period, positive
   * @return the last day of the period
   * @throws IllegalArgumentException if the period is zero or negative
   * @throws java.time.DateTimeException if the end lies outside the years {@link LocalDate} can hold
   */
  @SuppressWarnings("JavaPeriodGetDays") // the days are counted after the months, on purpose
  public static LocalDate endCountedFromStartOf(LocalDate firstDay, Period length) {
    Objects.requireNonNull(firstDay, "firstDay");
    requireNotNegative(length);
    if (length.isZero()) {
      throw new IllegalArgumentException("a period counted from the start of a day must not be zero");
    }
    long months = length.toTotalMonths();
    int days = length.getDays();
    if (months == 0) {
      return firstDay.plusDays(days - 1L);
    }
    YearMonth last = YearMonth.from(firstDay).plusMonths(months);
    int sameNumber = firstDay.getDayOfMonth();
    LocalDate end;
    if (sameNumber == 1) {
      end = last.minusMonths(1).atEndOfMonth();
    } else if (sameNumber - 1 <= last.lengthOfMonth()) {
      end = last.atDay(sameNumber - 1);
    } else {
      end = last.atEndOfMonth();
    }
    return end.plusDays(days);
  }

  /**
   * Counts a period the way the counting names.
   *
   * @param counting {@link Counting#FROM_EVENT} or {@link Counting#FROM_START_OF_DAY}
   * @param day the day of the event, or the first day of the period
   * @param length the period
   * @return the last day of the period
   * @throws IllegalArgumentException if the counting is not one of the two forward countings, or
   *     the period does not suit it (see the two methods)
   */
  public static LocalDate end(Counting counting, LocalDate day, Period length) {
    return switch (counting) {
      case FROM_EVENT -> endCountedFromEvent(day, length);
      case FROM_START_OF_DAY -> endCountedFromStartOf(day, length);
      case BACKWARD_FROM_END, NEXT_WORKING_DAY ->
          throw new IllegalArgumentException(counting + " does not count a period forward");
    };
  }

  /**
   * Counts backward: the latest day on which an event may happen so that a period counted from it
   * (§§ 187 Abs. 1, 188 Abs. 2 und 3 BGB) ends on or before a given day. This is the last day of
   * receipt for a notice that must be given a period before leaving (§ 39 Abs. 2 BGB): exit 31 Dec
   * with three months, 30 Sep; exit 30 Jun with one month, 31 May; exit 28 Jan 2000 with eleven
   * months, 28 Feb 1999. A zero period gives the day itself. § 193 BGB does not move it.
   *
   * @param end the day by which the period must have ended, e.g. the last day of a membership
   * @param length the period, not negative
   * @return the latest day of the event, never after {@code end}
   * @throws IllegalArgumentException if the period is negative
   * @throws java.time.DateTimeException if that day lies outside the years {@link LocalDate} can hold
   */
  public static LocalDate latestEventDayFor(LocalDate end, Period length) {
    Objects.requireNonNull(end, "end");
    requireNotNegative(length);
    LocalDate latest = end.minus(length);
    while (endCountedFromEvent(latest, length).isAfter(end)) {
      latest = latest.minusDays(1);
    }
    while (!endCountedFromEvent(latest.plusDays(1), length).isAfter(end)) {
      latest = latest.plusDays(1);
    }
    return latest;
  }

  /**
   * Tells whether a day is a working day under § 193 BGB: not a Saturday, not a Sunday, and not a
   * public holiday at the place.
   *
   * @param day the day
   * @param holidays the public holidays at the place of declaration or performance
   * @return whether the day is a working day there
   */
  public static boolean isWorkingDay(LocalDate day, HolidayCalendar holidays) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.isPublicHoliday(day);
  }

  /**
   * Moves a day on which a declaration or performance is due to the next working day where it falls
   * on a Saturday, Sunday or public holiday at the place (§ 193 BGB). It applies to payments such as
   * fees, not to notice periods (BGH, 17 Feb 2005, III ZR 172/04) nor to terms of office.
   *
   * @param due the day something is due
   * @param holidays the public holidays at the place of declaration or performance
   * @return the day itself if it is a working day, else the next working day after it
   */
  public static LocalDate nextWorkingDay(LocalDate due, HolidayCalendar holidays) {
    Objects.requireNonNull(holidays, "holidays");
    LocalDate day = due;
    while (!isWorkingDay(day, holidays)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static void requireNotNegative(Period length) {
    Objects.requireNonNull(length, "length");
    if (length.isNegative()) {
      throw new IllegalArgumentException("a period must not be negative, but was " + length);
    }
  }
}
