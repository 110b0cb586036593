/**
 * The law of the general assembly (Mitgliederversammlung) as data: who called it, the invitation
 * with its agenda, the resolutions with their votes and consents, the minutes, and the minority
 * demands of § 37 BGB.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.assembly;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
