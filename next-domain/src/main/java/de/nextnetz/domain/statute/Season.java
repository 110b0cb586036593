package de.nextnetz.domain.statute;

import java.time.LocalDate;
import java.time.MonthDay;
import org.immutables.value.Value;

/** A window of the year, e.g. spring from 1 March to 31 May, both days included. */
@Value.Immutable
public interface Season {

  /** {@return the first day of the window} */
  MonthDay getFirstDay();

  /** {@return the last day of the window} */
  MonthDay getLastDay();

  /**
   * Tells whether a day falls into the window.
   *
   * @param day the day
   * @return {@code true} if the day lies between the first and the last day, both inclusive
   */
  default boolean contains(LocalDate day) {
    MonthDay monthDay = MonthDay.from(day);
    return !monthDay.isBefore(getFirstDay()) && !monthDay.isAfter(getLastDay());
  }

  /**
   * Checks that the window does not run over the turn of the year.
   *
   * @throws IllegalStateException if 'lastDay' lies before 'firstDay'
   */
  @Value.Check
  default void check() {
    if (getLastDay().isBefore(getFirstDay())) {
      throw new IllegalStateException(
          "season: 'lastDay' (" + getLastDay() + ") must not be before 'firstDay' (" + getFirstDay() + ")");
    }
  }

  /**
   * Creates a window.
   *
   * @param from the first day
   * @param to the last day
   * @return the window
   */
  static Season of(MonthDay from, MonthDay to) {
    return builder().firstDay(from).lastDay(to).build();
  }

  /** {@return a new builder; {@code build()} throws {@link IllegalStateException} if a required value is missing} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's properties, for a changed copy:
   * {@code value.toBuilder().…(…).build()}; the value itself stays unchanged.
   *
   * @return a new builder, filled from this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Season}. */
  final class Builder extends ImmutableSeason.Builder {
    /** Creates an empty builder, as {@link Season#builder()} does. */
    public Builder() {}
  }
}
