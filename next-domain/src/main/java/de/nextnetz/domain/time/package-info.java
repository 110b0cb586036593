/**
 * Time as German law counts it: {@link de.nextnetz.domain.time.Periods}, the one place where the
 * library computes the end of a period (§§ 187–193 BGB), forward and backward; {@link
 * de.nextnetz.domain.time.Counting}, how a period was counted, so that a finding can say it; the
 * sixteen {@link de.nextnetz.domain.time.FederalState Länder}, whose public holidays differ; and the
 * {@link de.nextnetz.domain.time.HolidayCalendar} that § 193 BGB asks.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.time;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
