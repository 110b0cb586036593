/**
 * Membership (Mitgliedschaft) and admission (Aufnahme): members of kind personal, institutional or
 * associated, their fees and representatives, and the admission path of the seeds: an application,
 * reviews by at least two members, and the board's decision.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.membership;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
