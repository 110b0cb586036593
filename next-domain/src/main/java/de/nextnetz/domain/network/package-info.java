/**
 * The NExTnetzwerk (participation without membership) and cooperations with stakeholder groups.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.network;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
