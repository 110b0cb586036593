package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.law.Ledger;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/**
 * A member paid more than every fee so far: the rest is credit, to set against the next fee or to refund
 * (§ 812 Abs. 1 BGB where nothing is owed). One INFO per member; not applicable where no dues are recorded.
 */
final class FeeOverpaid extends LedgerRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("FEE_OVERPAID", Severity.INFO,
      Citation.of("§ 812 Abs. 1 BGB; Beitragsregelung der Satzung"));

  FeeOverpaid() {
    super(DEFINITION);
  }

  @Override
  void check(Ledger ledger, String path, Association association, CheckContext context, Outcome.Builder outcome) {
    if (!ledger.credit().isZero()) {
      outcome.add(Finding.builder(this, path)
          .fact("member", ledger.member().getName())
          .fact("credit", ledger.credit())
          .fact("received", ledger.received())
          .build());
    }
  }
}
