package de.nextnetz.rules.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.nextnetz.domain.time.FederalState;
import de.nextnetz.domain.time.HolidayCalendar;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The public holidays as the Jollyday library ({@code de.focus-shift:jollyday-core}) maintains them. The
 * only class that names Jollyday: without Jollyday on the class path it is never loaded.
 */
final class JollydayHolidays implements HolidaySource {

  /** The class whose presence tells that Jollyday can be used. */
  static final String PROBE = "de.focus_shift.jollyday.core.HolidayManager";

  private final HolidayManager germany = quietly(
      () -> HolidayManager.getInstance(ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.GERMANY)));

  @Override
  public HolidayCalendar calendar(Optional<FederalState> land) {
    Objects.requireNonNull(land, "land");
    if (land.isEmpty()) {
      return day -> germany.isHoliday(Objects.requireNonNull(day, "day"), HolidayType.PUBLIC_HOLIDAY);
    }
    String region = land.get().name().toLowerCase(Locale.ROOT);
    return day -> germany.isHoliday(Objects.requireNonNull(day, "day"), HolidayType.PUBLIC_HOLIDAY, region);
  }

  @Override
  public String name() {
    Package jollyday = HolidayManager.class.getPackage();
    String version = jollyday == null ? null : jollyday.getImplementationVersion();
    return "Jollyday" + (version == null ? "" : " " + version);
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
