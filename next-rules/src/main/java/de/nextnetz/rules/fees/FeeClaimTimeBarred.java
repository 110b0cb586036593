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
import java.time.LocalDate;

/**
 * An open fee whose limitation period has ended (§§ 195, 199 Abs. 1 BGB: 31 December of the third year after the
 * year of its due day): the member may refuse to pay (§ 214 BGB); the board decides whether to write it off. The
 * rule cannot know of a suspension (§ 204 BGB, e.g. a Mahnbescheid), which the finding says. One WARNING per member
 * and fee year with a calendar due day; not applicable where no dues are recorded.
 */
final class FeeClaimTimeBarred extends LedgerRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("FEE_CLAIM_TIME_BARRED", Severity.WARNING,
      DuesLaw.LIMITATION);

  FeeClaimTimeBarred() {
    super(DEFINITION);
  }

  @Override
  void check(Ledger ledger, String path, Association association, CheckContext context, Outcome.Builder outcome) {
    for (LedgerItem item : ledger.items()) {
      if (item.isSettled() || item.due().isEmpty()) {
        continue;
      }
      LocalDate end = DuesLaw.limitationEnd(item.due().get());
      if (context.asOf().isAfter(end)) {
        outcome.add(Finding.builder(this, path)
            .fact("member", ledger.member().getName())
            .fact("year", item.year())
            .fact("open", item.open())
            .fact("limitationEnd", end)
            .build());
      }
    }
  }
}
