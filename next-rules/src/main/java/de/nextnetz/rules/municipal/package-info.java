/**
 * The municipality's side (internal to the module): rules over its portfolio of memberships (a council
 * resolution behind each, a start not before its condition, cost shares that sum to the fee, the fee resolved,
 * the last day to give notice) and the notice deadlines of § 39 BGB as the law room computes them. Callers take
 * the rules from {@code BuiltInRules} and the budget-year view from {@code de.nextnetz.rules.report}.
 *
 * <p>Thread safety: rules, engines and results are immutable or stateless and may be shared between
 * threads (an engine computes its look-ups per check run, never across runs); {@code Outcome.Builder}
 * and {@code Finding.Builder} serve one thread.
 */
@NullMarked
package de.nextnetz.rules.municipal;

import org.jspecify.annotations.NullMarked;
