package de.nextnetz.rules.calendar;

import de.nextnetz.domain.time.FederalState;
import de.nextnetz.domain.time.HolidayCalendar;
import java.util.Optional;

/**
 * Where the public holidays of § 193 BGB come from: the small interface behind {@link PublicHolidays}.
 *
 * <p>The library picks one source per process, the first time a holiday is asked for: a source of the
 * application's own, registered for {@link java.util.ServiceLoader} ({@code
 * META-INF/services/de.nextnetz.rules.calendar.HolidaySource}, or {@code provides} in a module
 * descriptor); else Jollyday, where it is on the class path (the default: {@code next-rules} depends on
 * it); else the built-in statutory calendar ({@link #statutory()}), which an application that excludes
 * Jollyday gets. {@link PublicHolidays#source()} tells which one is in use.
 *
 * <p>An implementation must be thread-safe and answer the same for the same day each time.
 */
public interface HolidaySource {

  /**
   * The public holidays of one Land, or those every Land keeps.
   *
   * @param land the Land, or empty for the holidays that all Länder keep
   * @return the calendar, never {@code null}
   */
  HolidayCalendar calendar(Optional<FederalState> land);

  /** {@return a short name for logs and reports, e.g. {@code "Jollyday 2.19.0"}} */
  String name();

  /**
   * The built-in calendar of the statutory public holidays of the German Länder from 1954 on, as the
   * Länder's holiday laws state them (the days that hold in a whole Land; those of single municipalities,
   * such as Mariä Himmelfahrt in Bavaria's Catholic communities or Augsburg's Friedensfest, do not
   * count), with the one-off days (Reformation Day 2017, Berlin's 8 May 2020 and 2025 and 17 June 2028).
   * It agrees with Jollyday on every day from 1954 to 2060 in every Land (a test compares them); a new
   * law needs a new release of it, while Jollyday is maintained on its own.
   *
   * @return the built-in source
   */
  static HolidaySource statutory() {
    return StatutoryHolidays.INSTANCE;
  }
}
