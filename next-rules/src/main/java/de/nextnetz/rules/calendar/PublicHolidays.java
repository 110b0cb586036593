package de.nextnetz.rules.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.time.FederalState;
import de.nextnetz.domain.time.HolidayCalendar;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The public holidays in Germany, nationwide or in one Land, as the Jollyday library ({@code
 * de.focus-shift:jollyday-core}) maintains them: the holidays every Land keeps, each Land's own
 * (Fronleichnam in Hessen, the International Women's Day in Berlin since 2019) and one-off ones
 * (in Berlin 8 May 2020 and 8 May 2025, and 17 June 2028). Observances that are no public holiday,
 * such as Easter Sunday outside Brandenburg, do not count.
 *
 * <p>A value: it holds the Land only; the calendar data belong to Jollyday, which loads them once.
 *
 * @param land the Land, or empty for the holidays that all Länder keep
 */
public record PublicHolidays(Optional<FederalState> land) implements HolidayCalendar {

  /**
   * Creates the calendar of a Land, or the nationwide one.
   *
   * @param land the Land, or empty for the holidays that all Länder keep
   */
  public PublicHolidays {
    Objects.requireNonNull(land, "land");
  }

  /**
   * The public holidays in one Land.
   *
   * @param land the Land
   * @return its calendar
   */
  public static PublicHolidays of(FederalState land) {
    return new PublicHolidays(Optional.of(land));
  }

  /** {@return the holidays that every Land keeps, for a place whose Land is not known} */
  public static PublicHolidays nationwide() {
    return new PublicHolidays(Optional.empty());
  }

  /**
   * The public holidays at an association's seat ({@link Association#landOfSeat()}), the place of
   * performance for its fees.
   *
   * @param association the association
   * @return the calendar of its Land, or the nationwide one where the Land is not known
   */
  public static PublicHolidays atSeatOf(Association association) {
    return new PublicHolidays(association.landOfSeat());
  }

  @Override
  public boolean isPublicHoliday(LocalDate day) {
    Objects.requireNonNull(day, "day");
    HolidayManager germany = Germany.MANAGER;
    return land.isPresent()
        ? germany.isHoliday(day, HolidayType.PUBLIC_HOLIDAY, land.get().name().toLowerCase(Locale.ROOT))
        : germany.isHoliday(day, HolidayType.PUBLIC_HOLIDAY);
  }

  /** Jollyday's calendar of Germany, loaded on first use. */
  private static final class Germany {
    static final HolidayManager MANAGER = quietly(
        () -> HolidayManager.getInstance(ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.GERMANY)));

    private Germany() {}
  }

  private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

  /**
   * Loads Jollyday without SLF4J's start-up notice: Jollyday logs through SLF4J, and an application
   * without an SLF4J provider would see three "SLF4J(W): No SLF4J providers were found" lines on its
   * standard error the first time a fee is due. Where the application has not chosen SLF4J's own
   * verbosity, it is set to errors for the loading only (SLF4J reads it once, when it starts), and
   * cleared again; an application's logging is untouched, since its provider logs as before.
   */
  private static <T> T quietly(Supplier<T> load) {
    if (System.getProperty(SLF4J_VERBOSITY) != null) {
      return load.get();
    }
    System.setProperty(SLF4J_VERBOSITY, "ERROR");
    try {
      return load.get();
    } finally {
      System.clearProperty(SLF4J_VERBOSITY);
    }
  }
}
