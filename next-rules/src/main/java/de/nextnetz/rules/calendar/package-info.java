/**
 * The public holidays of the German Länder for § 193 BGB: {@link de.nextnetz.rules.calendar.PublicHolidays},
 * answered by a {@link de.nextnetz.rules.calendar.HolidaySource}: the maintained Jollyday library by default,
 * an application's own, or the built-in statutory calendar where Jollyday is left out.
 *
 * <p>Thread safety: rules, engines and results are immutable or stateless and may be shared between
 * threads (an engine computes its look-ups per check run, never across runs); {@code Outcome.Builder}
 * and {@code Finding.Builder} serve one thread.
 */
@NullMarked
package de.nextnetz.rules.calendar;

import org.jspecify.annotations.NullMarked;
