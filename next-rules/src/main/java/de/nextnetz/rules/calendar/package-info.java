/**
 * The public holidays of the German Länder for § 193 BGB, from the maintained Jollyday library:
 * {@link de.nextnetz.rules.calendar.PublicHolidays}.
 *
 * <p>Thread safety: rules, engines and results are immutable or stateless and may be shared between
 * threads (an engine computes its look-ups per check run, never across runs); {@code Outcome.Builder}
 * and {@code Finding.Builder} serve one thread.
 */
@NullMarked
package de.nextnetz.rules.calendar;

import org.jspecify.annotations.NullMarked;
