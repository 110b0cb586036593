/**
 * Rules on fees: the amount the statute sets per kind of membership, and cost shares that sum to the
 * fee.
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
