/**
 * The board (Vorstand): its seats with roles, and the elections by the general assembly that
 * filled them.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.board;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
