/**
 * The domain of NExT e. V. (Netzwerk Experten digitale Transformation der Verwaltung): the
 * {@link de.nextnetz.domain.Association} as one complete, immutable snapshot, the parties that take
 * part in it ({@link de.nextnetz.domain.base.Person}, {@link de.nextnetz.domain.base.Organisation}), exact
 * {@link de.nextnetz.domain.base.Money}, and the {@link de.nextnetz.domain.validation.DomainValidator} that lists
 * every structural problem of a value at once.
 *
 * <p>Subpackages hold the parts of an association: membership and admission, the board,
 * communities, events and general assemblies, the network and cooperations, the statute, and the
 * municipal side (council resolutions and a municipality's memberships).
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
