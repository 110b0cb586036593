/**
 * Personal data for publication: {@link de.nextnetz.domain.privacy.Redaction} replaces the names
 * of people (members, representatives, reviewers, applicants, the board, community leads, the
 * patron, the managing director, network participants) by stable pseudonyms, and the names of
 * organisations unless the office chooses to keep them (Art. 5 Abs. 1 lit. c DSGVO, data
 * minimisation).
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.privacy;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
