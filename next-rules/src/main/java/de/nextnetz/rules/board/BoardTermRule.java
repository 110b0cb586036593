package de.nextnetz.rules.board;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.StatuteRule;
import java.util.Optional;

/**
 * The rules about the board's term: each judges the term that counts on the day of the check (the
 * last election on or before it and the deadline it sets), and each is undecided without one.
 */
abstract class BoardTermRule extends DefinedRule<Association> implements StatuteRule {

  BoardTermRule(RuleDefinition definition) {
    super(definition);
  }

  @Override
  public final Outcome check(Association association, CheckContext context) {
    Optional<Elections.Term> term = Elections.term(association.getBoard(), context);
    return term.isEmpty() ? Outcome.unknown(id(), "/board/elections") : check(association, context, term.get());
  }

  /** Judges the term that counts on the day. */
  abstract Outcome check(Association association, CheckContext context, Elections.Term term);
}
