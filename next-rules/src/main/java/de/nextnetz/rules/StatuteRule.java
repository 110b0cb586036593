package de.nextnetz.rules;

import de.nextnetz.domain.Association;

/**
 * A statute check of an association: the built-in ones are listed in {@link de.nextnetz.rules.builtin.BuiltInRules}.
 *
 * <p>To write a rule of one's own, implement this interface with a {@link RuleDefinition} whose id
 * does not clash with the built-in ones, and build findings with {@link Finding#builder(Rule,
 * Severity, String)} and a {@link Message#literal(String, String)} or a bundle of one's own.
 */
public interface StatuteRule extends Rule<Association> {}
