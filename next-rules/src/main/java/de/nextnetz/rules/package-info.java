/**
 * The rule engine: statute checks of an {@link de.nextnetz.domain.Association} as of any date.
 *
 * <p>A {@link de.nextnetz.rules.StatuteRule} has a stable {@link de.nextnetz.rules.RuleId}, a
 * default {@link de.nextnetz.rules.Severity} and a {@link de.nextnetz.rules.Citation}; it checks an
 * association in a {@link de.nextnetz.rules.CheckContext} (the as-of date, the statute version in
 * force that day, the locale) and returns an {@link de.nextnetz.rules.Outcome}: satisfied, violated
 * with {@link de.nextnetz.rules.Finding}s, not applicable, or unknown with the facts that are
 * missing. The {@link de.nextnetz.rules.RuleEngine} runs the built-in catalogue ({@link
 * de.nextnetz.rules.BuiltInRules}) and any rules of the user, and returns a {@link
 * de.nextnetz.rules.CheckReport} in a stable order. Nothing here reads a clock or uses reflection,
 * and every type is immutable and safe to share across threads.
 */
@NullMarked
package de.nextnetz.rules;

import org.jspecify.annotations.NullMarked;
