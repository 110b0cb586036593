package de.nextnetz.rules.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One half-year's base rate of interest (Basiszinssatz, § 247 BGB), as the Deutsche Bundesbank publishes it: a row
 * of the dated {@link BaseRates} table, with its source and whether a second source confirmed it.
 *
 * @param from the first day it applies (1 January or 1 July)
 * @param until the last day it applies
 * @param percent the rate in percent a year, e.g. {@code 1.27}; may be negative (as 2013–2022)
 * @param source where the figure comes from
 * @param verified whether the figure was confirmed by more than one source; an unverified row is reported as such
 */
public record BaseRate(LocalDate from, LocalDate until, BigDecimal percent, String source, boolean verified) {

  /**
   * Checks the row.
   *
   * @param from the first day
   * @param until the last day
   * @param percent the rate
   * @param source the source
   * @param verified whether confirmed
   * @throws IllegalArgumentException if the last day lies before the first
   */
  public BaseRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(source, "source");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("base rate: the last day " + until + " is before the first " + from);
    }
  }

  /**
   * Whether the rate applies on a day.
   *
   * @param day the day
   * @return whether the day lies from {@link #from()} to {@link #until()}, both inclusive
   */
  public boolean appliesOn(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(until);
  }
}
