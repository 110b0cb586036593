package de.nextnetz.rules.calendar;

import de.nextnetz.domain.time.FederalState;
import de.nextnetz.domain.time.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The statutory public holidays of the German Länder, computed from the holiday laws (see {@link
 * HolidaySource#statutory()}): fixed days, days relative to Easter (Gregorian computus), and the Buß- und
 * Bettag (the Wednesday before 23 November), each with the years it held.
 */
final class StatutoryHolidays implements HolidaySource {

  static final StatutoryHolidays INSTANCE = new StatutoryHolidays();

  private static final Set<FederalState> REFORMATION_SINCE_1990 =
      EnumSet.of(FederalState.BB, FederalState.MV, FederalState.SN, FederalState.ST, FederalState.TH);
  private static final Set<FederalState> REFORMATION_SINCE_2018 =
      EnumSet.of(FederalState.HB, FederalState.HH, FederalState.NI, FederalState.SH);
  private static final Set<FederalState> CORPUS_CHRISTI =
      EnumSet.of(FederalState.BW, FederalState.BY, FederalState.HE, FederalState.NW, FederalState.RP, FederalState.SL);
  private static final Set<FederalState> ALL_SAINTS =
      EnumSet.of(FederalState.BW, FederalState.BY, FederalState.NW, FederalState.RP, FederalState.SL);
  /** The western Länder (and Berlin) that kept the Buß- und Bettag from 1945 to 1989 (Bavaria from 1981). */
  private static final Set<FederalState> REPENTANCE_1945_TO_1989 = EnumSet.of(FederalState.BW, FederalState.BE,
      FederalState.HB, FederalState.HH, FederalState.HE, FederalState.NI, FederalState.NW, FederalState.RP,
      FederalState.SL, FederalState.SH);

  private StatutoryHolidays() {}

  @Override
  public HolidayCalendar calendar(Optional<FederalState> land) {
    Objects.requireNonNull(land, "land");
    return day -> isHoliday(Objects.requireNonNull(day, "day"), land);
  }

  @Override
  public String name() {
    return "built-in statutory holidays";
  }

  static boolean isHoliday(LocalDate day, Optional<FederalState> land) {
    int year = day.getYear();
    return nationwide(day, year) || land.map(state -> inLand(day, year, state)).orElse(false);
  }

  private static boolean nationwide(LocalDate day, int year) {
    long fromEaster = day.toEpochDay() - easterSunday(year).toEpochDay();
    return is(day, Month.JANUARY, 1) || is(day, Month.MAY, 1)
        || (year >= 1954 && year <= 1990 && is(day, Month.JUNE, 17))
        || (year >= 1990 && is(day, Month.OCTOBER, 3))
        || (year == 2017 && is(day, Month.OCTOBER, 31))
        || is(day, Month.DECEMBER, 25) || is(day, Month.DECEMBER, 26)
        || (year >= 1990 && year <= 1994 && day.equals(repentanceDay(year)))
        || fromEaster == -2 || fromEaster == 1 || fromEaster == 39 || fromEaster == 50;
  }

  private static boolean inLand(LocalDate day, int year, FederalState land) {
    long fromEaster = day.toEpochDay() - easterSunday(year).toEpochDay();
    boolean repentance = day.equals(repentanceDay(year));
    return switch (land) {
      case BE -> (year >= 2019 && is(day, Month.MARCH, 8))
          || ((year == 2020 || year == 2025) && is(day, Month.MAY, 8))
          || (year == 2028 && is(day, Month.JUNE, 17))
          || (repentance && year >= 1945 && year <= 1989);
      case BB -> (year >= 1990 && is(day, Month.OCTOBER, 31))
          || (year >= 1991 && (fromEaster == 0 || fromEaster == 49));
      case MV -> (year >= 2023 && is(day, Month.MARCH, 8)) || (year >= 1990 && is(day, Month.OCTOBER, 31));
      case SN -> (year >= 1990 && is(day, Month.OCTOBER, 31)) || (repentance && year >= 1995);
      case ST -> (year >= 1993 && is(day, Month.JANUARY, 6)) || (year >= 1990 && is(day, Month.OCTOBER, 31));
      case TH -> (year >= 2019 && is(day, Month.SEPTEMBER, 20)) || (year >= 1990 && is(day, Month.OCTOBER, 31));
      case BW, BY -> is(day, Month.JANUARY, 6) || is(day, Month.NOVEMBER, 1) || fromEaster == 60
          || (repentance && year >= (land == FederalState.BY ? 1981 : 1945) && year <= 1989);
      case SL -> is(day, Month.AUGUST, 15) || westernRest(day, year, land, fromEaster, repentance);
      case HB, HH, NI, SH -> (year >= 2018 && is(day, Month.OCTOBER, 31)) || westernRest(day, year, land, fromEaster, repentance);
      case HE, NW, RP -> westernRest(day, year, land, fromEaster, repentance);
    };
  }

  /** Corpus Christi, All Saints and the old Buß- und Bettag, where the Land keeps them. */
  private static boolean westernRest(LocalDate day, int year, FederalState land, long fromEaster, boolean repentance) {
    return (CORPUS_CHRISTI.contains(land) && fromEaster == 60)
        || (ALL_SAINTS.contains(land) && is(day, Month.NOVEMBER, 1))
        || (REPENTANCE_1945_TO_1989.contains(land) && repentance && year >= 1945 && year <= 1989)
        || (REFORMATION_SINCE_1990.contains(land) && year >= 1990 && is(day, Month.OCTOBER, 31))
        || (REFORMATION_SINCE_2018.contains(land) && year >= 2018 && is(day, Month.OCTOBER, 31));
  }

  private static boolean is(LocalDate day, Month month, int dayOfMonth) {
    return day.getMonth() == month && day.getDayOfMonth() == dayOfMonth;
  }

  /** The Buß- und Bettag: the last Wednesday before 23 November. */
  static LocalDate repentanceDay(int year) {
    return LocalDate.of(year, Month.NOVEMBER, 22).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
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
    int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
