package de.nextnetz.rules.calendar;

import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.domain.time.Periods;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The days TARGET2, the euro area's settlement system, is closed: Saturdays, Sundays, 1 January, Good Friday, Easter
 * Monday, 1 May, 25 and 26 December (ECB). SEPA direct debits are settled on TARGET days only: a collection's due
 * day should be one, and the file must reach the debtor's bank at least one TARGET day before it (D-1, SEPA Core
 * rulebook since 21 November 2016), earlier where the creditor's bank sets a cut-off.
 */
public final class TargetCalendar implements HolidayCalendar {

  /** The calendar. */
  public static final TargetCalendar INSTANCE = new TargetCalendar();

  private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);
  private static final MonthDay LABOUR_DAY = MonthDay.of(5, 1);
  private static final MonthDay CHRISTMAS = MonthDay.of(12, 25);
  private static final MonthDay BOXING_DAY = MonthDay.of(12, 26);

  private TargetCalendar() {}

  /**
   * Whether TARGET2 is closed on a weekday.
   *
   * @param day the day
   * @return {@code true} on 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December
   */
  @Override
  public boolean isPublicHoliday(LocalDate day) {
    MonthDay monthDay = MonthDay.from(day);
    if (monthDay.equals(NEW_YEAR) || monthDay.equals(LABOUR_DAY) || monthDay.equals(CHRISTMAS)
        || monthDay.equals(BOXING_DAY)) {
      return true;
    }
    LocalDate easter = StatutoryHolidays.easterSunday(day.getYear());
    return day.equals(easter.minusDays(2)) || day.equals(easter.plusDays(1));
  }

  /**
   * Whether TARGET2 settles on a day.
   *
   * @param day the day
   * @return {@code true} on a weekday that is no closing day
   */
  public static boolean isBusinessDay(LocalDate day) {
    return Periods.isWorkingDay(day, INSTANCE);
  }

  /**
   * The first TARGET day on or after a day.
   *
   * @param day the day
   * @return the day itself if TARGET2 settles on it, else the next day it does
   */
  public static LocalDate onOrAfter(LocalDate day) {
    return Periods.nextWorkingDay(day, INSTANCE);
  }

  /**
   * The TARGET day a number of TARGET days before a day (D-1 for one).
   *
   * @param day the due day
   * @param days how many TARGET days before, at least 1
   * @return the day
   * @throws IllegalArgumentException if {@code days} is below 1
   */
  public static LocalDate businessDaysBefore(LocalDate day, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, but were " + days);
    }
    LocalDate current = day;
    for (int left = days; left > 0; ) {
      current = current.minusDays(1);
      if (isBusinessDay(current)) {
        left--;
      }
    }
    return current;
  }
}
