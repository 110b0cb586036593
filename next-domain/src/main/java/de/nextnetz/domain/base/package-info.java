/**
 * The building blocks every part of the model uses, below all other packages of the domain: the parties
 * ({@link de.nextnetz.domain.base.Person}, {@link de.nextnetz.domain.base.Organisation}), exact
 * {@link de.nextnetz.domain.base.Money}, the {@link de.nextnetz.domain.base.MembershipKind kinds of membership}
 * that statute, members and municipal memberships share, the shape of identifiers, the one Immutables style
 * ({@link de.nextnetz.domain.base.NextStyle}), and the safe echo and table lines of inputs.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.base;

import org.jspecify.annotations.NullMarked;
