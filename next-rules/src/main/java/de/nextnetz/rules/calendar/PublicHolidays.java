package de.nextnetz.rules.calendar;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.time.FederalState;
import de.nextnetz.domain.time.HolidayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The public holidays in Germany, nationwide or in one Land, from the {@link HolidaySource} of this
 * process: by default the Jollyday library ({@code de.focus-shift:jollyday-core}), which maintains the
 * holidays every Land keeps, each Land's own (Fronleichnam in Hessen, the International Women's Day in
 * Berlin since 2019) and one-off ones (in Berlin 8 May 2020 and 8 May 2025, and 17 June 2028). An
 * application may register a source of its own, or leave Jollyday out and get the built-in statutory
 * calendar ({@link HolidaySource#statutory()}); {@link #source()} tells which one answers. Observances
 * that are no public holiday, such as Easter Sunday outside Brandenburg, do not count.
 *
 * <p>A value: it holds the Land only; the calendar data belong to the source, which is chosen and loaded
 * once, on first use.
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

  /**
   * The source that answers in this process: an application's own (one registered for {@link
   * ServiceLoader}), else Jollyday where it is on the class path, else the built-in statutory calendar.
   *
   * @return the source, chosen on first use
   * @throws IllegalStateException if more than one source of an application's own is registered
   */
  public static HolidaySource source() {
    return Active.SOURCE;
  }

  @Override
  public boolean isPublicHoliday(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return Active.SOURCE.calendar(land).isPublicHoliday(day);
  }

  /** The source of this process, chosen on first use. */
  private static final class Active {
    static final HolidaySource SOURCE = choose();

    private Active() {}

    private static HolidaySource choose() {
      List<HolidaySource> registered = new ArrayList<>();
      ServiceLoader.load(HolidaySource.class, PublicHolidays.class.getClassLoader()).forEach(registered::add);
      if (registered.size() > 1) {
        throw new IllegalStateException("several holiday sources are registered ("
            + String.join(", ", registered.stream().map(source -> source.getClass().getName()).toList())
            + "); keep one");
      }
      if (registered.size() == 1) {
        return registered.get(0);
      }
      return jollydayPresent() ? new JollydayHolidays() : HolidaySource.statutory();
    }

    private static boolean jollydayPresent() {
      try {
        Class.forName(JollydayHolidays.PROBE, false, PublicHolidays.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }
  }
}
