/**
 * The statute (Satzung) as data: its parameters in dated versions, each value with its source or
 * as a named assumption where the seeds do not give it.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.statute;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
