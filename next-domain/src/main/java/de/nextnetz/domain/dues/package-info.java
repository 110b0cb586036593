/**
 * Dues (Beiträge) as money: how a member pays ({@link de.nextnetz.domain.dues.PaymentMethod}), the SEPA mandate
 * with its checked {@link de.nextnetz.domain.dues.Iban}, the association's
 * {@link de.nextnetz.domain.dues.CreditorId}, and the {@link de.nextnetz.domain.dues.Dues} the office records: the
 * payments received and the amounts written off, from the day it began recording them.
 *
 * <p>What a member owes follows from the Satzung, not from here: the receivables, their due days, default and
 * limitation are computed by {@code de.nextnetz.rules.law.DuesLaw} and {@code de.nextnetz.rules.fees.Ledger}.
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the builders are not
 * thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.dues;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
