package de.nextnetz.rules;

import de.nextnetz.domain.Association;

/**
 * A statute check: a pure function of an association and a check context. Implementations are
 * small, immutable, final classes that read no clock and keep no state, so an engine can share
 * them across threads; the built-in ones are listed in {@link BuiltInRules}.
 *
 * <p>To write a rule of one's own, implement this interface, give it an id that does not clash with
 * the built-in ones, and build findings with {@link Finding#builder(StatuteRule, Severity, String)}
 * and a {@link Message#literal(String, String)} or a bundle of one's own.
 */
public interface StatuteRule {

  /** {@return the stable id} */
  RuleId id();

  /** {@return the severity of the rule's findings unless the context makes it another} */
  Severity defaultSeverity();

  /** {@return the clause of the statute or the paragraph of the BGB the rule implements} */
  Citation citation();

  /**
   * Checks an association.
   *
   * @param association the association, a complete snapshot
   * @param context the day and the statute version in force on it
   * @return the outcome, of this rule's id; never {@code null}
   */
  Outcome check(Association association, CheckContext context);
}
