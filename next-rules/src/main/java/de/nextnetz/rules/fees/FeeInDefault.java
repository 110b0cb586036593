package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.BaseRates;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.rules.law.DuesLaw;
import de.nextnetz.rules.law.Ledger;
import de.nextnetz.rules.law.LedgerItem;
import de.nextnetz.rules.law.Interest;
import java.math.BigDecimal;

/**
 * A fee still open after the Satzung's calendar due day (moved by § 193 BGB) puts the member in default without a
 * reminder (§ 286 Abs. 2 Nr. 1 BGB), from the next day; the finding states the default interest to the day of the
 * check at five points above the base rate (§§ 288 Abs. 1, 247 BGB, act/365, split at each change of the rate).
 * Where the base-rate table has no row for some day in default, the interest is given up to that day and the rule
 * names the missing rate. One WARNING per member and fee year; not applicable where no dues are recorded.
 */
public final class FeeInDefault extends LedgerRule {

  private static final Citation CITATION = Citation.of("§ 286 Abs. 2 Nr. 1 BGB; §§ 288 Abs. 1, 247 BGB; § 193 BGB");

  /** The id {@code FEE_IN_DEFAULT}, severity and citation. */
  public static final RuleDefinition DEFINITION = RuleDefinition.of("FEE_IN_DEFAULT", Severity.WARNING, CITATION);

  /** Creates the rule with its defaults. */
  public FeeInDefault() {
    super(DEFINITION);
  }

  /**
   * Creates the rule with a base-rate table and margin of the user's own.
   *
   * @param rates the base rates
   * @param margin the points above the base rate
   */
  public FeeInDefault(BaseRates rates, BigDecimal margin) {
    super(DEFINITION, rates, margin);
  }

  @Override
  void check(Ledger ledger, String path, Association association, CheckContext context, Outcome.Builder outcome) {
    for (LedgerItem item : ledger.items()) {
      if (!item.isInDefaultOn(context.asOf())) {
        continue;
      }
      Interest interest = item.interest();
      Finding.Builder finding = Finding.builder(this, path)
          .citation(Citation.of(Clauses.cite(context.statute(), StatuteParameter.FEE_DUE_DAY).source() + "; "
              + CITATION.source(), DuesLaw.DEFAULT.quote().orElse(null)))
          .fact("member", ledger.member().getName())
          .fact("year", item.year())
          .fact("open", item.open())
          .fact("due", item.due().orElseThrow())
          .fact("defaultFrom", DuesLaw.defaultFrom(item.due().orElseThrow()))
          .fact("interest", interest.money());
      if (interest.unknownFrom().isPresent()) {
        finding.fact("baseRateUnknownFrom", interest.unknownFrom().get())
            .messageKey("FEE_IN_DEFAULT.rateUnknown");
        outcome.missing("Basiszinssatz ab " + interest.unknownFrom().get() + " (§ 247 BGB)");
      }
      outcome.add(finding.build());
    }
  }
}
