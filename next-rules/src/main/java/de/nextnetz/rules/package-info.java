/**
 * The rule engine: statute checks of an {@link de.nextnetz.domain.Association}, and checks of a
 * municipality's portfolio, as of any date.
 *
 * <p>A {@link de.nextnetz.rules.Rule} states its {@link de.nextnetz.rules.RuleDefinition} (a stable
 * {@link de.nextnetz.rules.RuleId}, a default {@link de.nextnetz.rules.Severity} and a {@link
 * de.nextnetz.rules.Citation}) once; it checks its subject in a {@link de.nextnetz.rules.CheckContext}
 * (a value: the as-of date and the statute version in force that day) and returns an {@link
 * de.nextnetz.rules.Outcome}: satisfied, violated with {@link de.nextnetz.rules.Finding}s, not
 * applicable, or unknown with the facts that are missing, and in every case the {@link
 * de.nextnetz.rules.Deadline}s the rule knows of. The one {@link de.nextnetz.rules.RuleEngine} runs
 * the built-in catalogue ({@link de.nextnetz.rules.builtin.BuiltInRules}) and any rules of the user, and
 * returns a {@link de.nextnetz.rules.CheckReport} in a stable order; look-ups several rules share
 * ({@link de.nextnetz.rules.SharedLookup}) live for one run. Facts keep their types until {@link
 * de.nextnetz.rules.Localized} renders them for a language. Nothing here reads a clock or uses
 * reflection, and every public type is immutable and safe to share across threads.
 *
 * <p>Thread safety: rules, engines and results are immutable or stateless and may be shared between
 * threads (an engine computes its look-ups per check run, never across runs); {@code Outcome.Builder}
 * and {@code Finding.Builder} serve one thread.
 */
@NullMarked
package de.nextnetz.rules;

import org.jspecify.annotations.NullMarked;
