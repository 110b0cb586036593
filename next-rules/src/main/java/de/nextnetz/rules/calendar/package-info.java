/**
 * The public holidays of the German Länder for § 193 BGB, from the maintained Jollyday library:
 * {@link de.nextnetz.rules.calendar.PublicHolidays}.
 */
@NullMarked
package de.nextnetz.rules.calendar;

import org.jspecify.annotations.NullMarked;
