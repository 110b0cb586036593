package de.nextnetz.rules.fees;

import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.MemberRule;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.DuesLaw;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A fee collected by direct debit is final only after eight weeks: until then the member may have it refunded
 * without reason (§ 675x BGB). An INFO, with the day the window closes as a deadline, for each mandate whose last
 * collection lies within eight weeks before the day; it names the 13 months of a claim for an unauthorised debit
 * (§ 676b Abs. 2 BGB) as well.
 */
final class SepaRefundWindowOpen extends MemberRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("SEPA_REFUND_WINDOW_OPEN", Severity.INFO,
      DuesLaw.REFUND);

  SepaRefundWindowOpen() {
    super(DEFINITION);
  }

  @Override
  protected void check(Member member, int index, CheckContext context, Outcome.Builder outcome) {
    Optional<LocalDate> last = member.getMandate().flatMap(Mandate::getLastCollection);
    if (last.isEmpty()) {
      return;
    }
    outcome.checked();
    LocalDate debit = last.get();
    LocalDate closes = DuesLaw.refundWindowEnds(debit);
    if (context.asOf().isBefore(debit) || context.asOf().isAfter(closes)) {
      return;
    }
    outcome.add(Finding.builder(this, path(index) + "/mandate")
        .fact("member", member.getName())
        .fact("debit", debit)
        .fact("refundUntil", closes)
        .fact("unauthorisedUntil", DuesLaw.unauthorisedClaimEnds(debit))
        .dueDate(closes)
        .build());
    outcome.deadline(Deadline.of(this, path(index) + "/mandate", closes, Message.builtIn(
        "deadline.SEPA_REFUND_WINDOW_OPEN", Map.of("member", member.getName(), "debit", debit)), context.asOf()));
  }
}
