/**
 * Rules on fees and dues: the amount the statute sets per kind of membership, cost shares that sum to the fee,
 * the due day; from the recorded payments (each member's {@code Ledger}) default and its interest, limitation and
 * credit; and the SEPA direct debit's creditor identifier, mandates and their references.
 *
 * <p>Thread safety: rules, engines and results are immutable or stateless and may be shared between
 * threads (an engine computes its look-ups per check run, never across runs); {@code Outcome.Builder}
 * and {@code Finding.Builder} serve one thread.
 *
 * <p>Internal to the module (not exported): callers take these rules from {@code BuiltInRules} and know them by
 * their ids.
 */
@NullMarked
package de.nextnetz.rules.fees;

import org.jspecify.annotations.NullMarked;
