/**
 * Events (Veranstaltungen) with their format, date or date range, mode and audience, and the
 * general assemblies (Mitgliederversammlungen) of the association.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.event;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
