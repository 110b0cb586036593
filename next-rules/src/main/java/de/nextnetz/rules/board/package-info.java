/**
 * Rules on the board (Vorstand): that there is one (§ 26 BGB), its composition and roles, and the
 * re-election within the term the association's statute sets. Each finding cites the association's own
 * statute data (its clause, else its source), never another association's.
 *
 * <p>Thread safety: rules, engines and results are immutable or stateless and may be shared between
 * threads (an engine computes its look-ups per check run, never across runs); {@code Outcome.Builder}
 * and {@code Finding.Builder} serve one thread.
 *
 * <p>Internal to the module (not exported): callers take these rules from {@code BuiltInRules} and know them by
 * their ids.
 */
@NullMarked
package de.nextnetz.rules.board;

import org.jspecify.annotations.NullMarked;
