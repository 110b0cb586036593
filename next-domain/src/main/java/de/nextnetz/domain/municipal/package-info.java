/**
 * The municipal side: a council resolution (Beschluss) with its conditions, and a municipality's
 * membership in an association with its fee and the cost shares of its departments.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.municipal;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
