package de.nextnetz.rules.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Working days at NExT's seat, Berlin: Monday to Friday except the public holidays of Berlin
 * (New Year, International Women's Day since 2019, Good Friday, Easter Monday, 1 May, Ascension,
 * Whit Monday, German Unity Day, Christmas Day and Boxing Day).
 *
 * <p>§ 193 BGB moves a declaration or performance due on a Saturday, Sunday or public holiday to
 * the next working day; it applies to fee payments, not to notice periods or terms of office.
 */
public final class BerlinCalendar {

  private static final Set<MonthDay> FIXED = Set.of(
      MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(10, 3), MonthDay.of(12, 25), MonthDay.of(12, 26));

  private BerlinCalendar() {}

  /**
   * Tells whether a day is a working day in Berlin.
   *
   * @param day the day
   * @return {@code false} on Saturdays, Sundays and Berlin's public holidays
   */
  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
      return false;
    }
    if (FIXED.contains(MonthDay.from(day))) {
      return false;
    }
    if (day.getYear() >= 2019 && MonthDay.from(day).equals(MonthDay.of(3, 8))) {
      return false;
    }
    LocalDate easter = easterSunday(day.getYear());
    return !day.equals(easter.minusDays(2)) && !day.equals(easter.plusDays(1))
        && !day.equals(easter.plusDays(39)) && !day.equals(easter.plusDays(50));
  }

  /**
   * Moves a due day to the next working day where it is none (§ 193 BGB).
   *
   * @param due the day something is due
   * @return the day itself, or the next working day after it
   */
  public static LocalDate nextWorkingDayFrom(LocalDate due) {
    LocalDate day = due;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
