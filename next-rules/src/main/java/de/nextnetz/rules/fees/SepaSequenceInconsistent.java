package de.nextnetz.rules.fees;

import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.dues.MandateSequence;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.MemberRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/**
 * A mandate for a single collection ({@code OOFF}) carries no second one: an ERROR for a member on the day who
 * still pays by direct debit under a one-off mandate that was already used; the next fee needs a new mandate.
 */
final class SepaSequenceInconsistent extends MemberRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("SEPA_SEQUENCE_INCONSISTENT", Severity.ERROR,
      Citation.of("EPC SEPA Core Direct Debit Rulebook (sequence type OOFF)"));

  SepaSequenceInconsistent() {
    super(DEFINITION);
  }

  @Override
  protected void check(Member member, int index, CheckContext context, Outcome.Builder outcome) {
    if (!member.paysByDirectDebit() || member.getMandate().isEmpty()
        || member.getMandate().get().getSequence() != MandateSequence.ONE_OFF || !member.isMemberOn(context.asOf())) {
      return;
    }
    outcome.checked();
    Mandate mandate = member.getMandate().get();
    if (mandate.getLastCollection().isPresent() && !mandate.getLastCollection().get().isAfter(context.asOf())) {
      outcome.add(Finding.builder(this, path(index) + "/mandate")
          .fact("member", member.getName())
          .fact("reference", mandate.getReference())
          .fact("used", mandate.getLastCollection().get())
          .build());
    }
  }
}
