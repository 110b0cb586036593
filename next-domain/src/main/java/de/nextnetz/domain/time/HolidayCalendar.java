package de.nextnetz.domain.time;

import java.time.LocalDate;

/**
 * The public holidays at one place: what § 193 BGB means by "ein am Erklärungs- oder Leistungsort
 * staatlich anerkannter allgemeiner Feiertag". The rules module provides the calendars of the
 * German Länder from a maintained holiday library; a test may pass its own.
 */
@FunctionalInterface
public interface HolidayCalendar {

  /**
   * Tells whether a day is a public holiday at this place.
   *
   * @param day the day
   * @return {@code true} if the day is a public holiday; weekends are not holidays as such
   */
  boolean isPublicHoliday(LocalDate day);

  /** {@return a calendar without any public holiday: only Saturdays and Sundays are not working days} */
  static HolidayCalendar none() {
    return day -> false;
  }
}
