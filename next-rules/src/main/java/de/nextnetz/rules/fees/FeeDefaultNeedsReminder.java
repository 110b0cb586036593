package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.law.Clauses;
import java.util.Optional;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.DuesLaw;
import de.nextnetz.rules.law.Ledger;
import de.nextnetz.rules.law.LedgerItem;

/**
 * A fee open where the Satzung sets no calendar due day: the member is not in default until a reminder is received
 * (§ 286 Abs. 1 BGB), so no interest runs; where the Satzung counts the days to pay from the invoice, the finding says
 * that no invoice has been received (§ 286 Abs. 2 Nr. 2 BGB). Silent once a reminder has been received or an invoice's
 * days to pay run. One INFO per member and fee year; not applicable where no dues are recorded.
 */
final class FeeDefaultNeedsReminder extends LedgerRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("FEE_DEFAULT_NEEDS_REMINDER", Severity.INFO,
      DuesLaw.REMINDER);

  FeeDefaultNeedsReminder() {
    super(DEFINITION);
  }

  @Override
  void check(Ledger ledger, String path, Association association, CheckContext context, Outcome.Builder outcome) {
    for (LedgerItem item : ledger.items()) {
      if (item.isSettled() || item.due().isPresent() || item.defaultFrom().isPresent()) {
        continue;
      }
      Finding.Builder finding = Finding.builder(this, path)
          .fact("member", ledger.member().getName())
          .fact("year", item.year())
          .fact("open", item.open())
          .fact("arises", item.arises());
      Optional<StatuteVersion> version = association.statuteOn(item.arises());
      Optional<Integer> days = version.flatMap(StatuteVersion::getFeePaymentDays);
      if (days.isPresent()) {
        // The Satzung counts the days to pay from the invoice, and none has been received (§ 286 Abs. 2 Nr. 2 BGB).
        finding.fact("paymentDays", days.get()).messageKey("FEE_DEFAULT_NEEDS_REMINDER.noInvoice")
            .citation(Citation.of(Clauses.cite(version.orElseThrow(), StatuteParameter.FEE_PAYMENT_DAYS).source()
                + "; " + DuesLaw.DEFAULT_AFTER_INVOICE.source() + "; " + DuesLaw.REMINDER.source()));
      }
      outcome.add(finding.build());
    }
  }
}
