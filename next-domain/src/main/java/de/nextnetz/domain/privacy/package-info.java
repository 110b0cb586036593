/**
 * Personal data for publication and erasure: {@link de.nextnetz.domain.privacy.Redaction} replaces the names and
 * identifiers of people (members, representatives, reviewers, applicants, the board, community leads, invited
 * guests, the patron, the managing director, network participants), also in free text, by pseudonyms of the office's
 * {@link de.nextnetz.domain.privacy.Pseudonyms} (a keyed HMAC nobody can reverse without the key), and the names of
 * organisations unless the office chooses to keep them (Art. 5 Abs. 1 lit. c DSGVO, data minimisation);
 * {@code Redaction.forgetMember} erases one former member's identity while keeping the association's figures
 * (Art. 17 DSGVO).
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.privacy;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
