/**
 * Rules on membership and admission: the path of application, review by at least two members and
 * approval by the board (as the Satzung sets them), the kinds of membership, and the minimum of three members
 * (§ 73 BGB).
 *
 * <p>Thread safety: rules, engines and results are immutable or stateless and may be shared between
 * threads (an engine computes its look-ups per check run, never across runs); {@code Outcome.Builder}
 * and {@code Finding.Builder} serve one thread.
 *
 * <p>Internal to the module (not exported): callers take these rules from {@code BuiltInRules} and know them by
 * their ids.
 */
@NullMarked
package de.nextnetz.rules.admission;

import org.jspecify.annotations.NullMarked;
