/**
 * Structural validation of domain values with Bean Validation: every violation with its property
 * path, never only the first one.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.validation;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
