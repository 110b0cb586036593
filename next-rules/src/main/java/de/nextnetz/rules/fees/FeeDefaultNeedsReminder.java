package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
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
 * (§ 286 Abs. 1 BGB), so no interest runs. One INFO per member and fee year; not applicable where no dues are
 * recorded.
 */
public final class FeeDefaultNeedsReminder extends LedgerRule {

  /** The id {@code FEE_DEFAULT_NEEDS_REMINDER}, severity and citation. */
  public static final RuleDefinition DEFINITION = RuleDefinition.of("FEE_DEFAULT_NEEDS_REMINDER", Severity.INFO,
      DuesLaw.REMINDER);

  /** Creates the rule with its defaults. */
  public FeeDefaultNeedsReminder() {
    super(DEFINITION);
  }

  @Override
  void check(Ledger ledger, String path, Association association, CheckContext context, Outcome.Builder outcome) {
    for (LedgerItem item : ledger.items()) {
      if (!item.isSettled() && item.due().isEmpty()) {
        outcome.add(Finding.builder(this, path)
            .fact("member", ledger.member().getName())
            .fact("year", item.year())
            .fact("open", item.open())
            .fact("arises", item.arises())
            .build());
      }
    }
  }
}
