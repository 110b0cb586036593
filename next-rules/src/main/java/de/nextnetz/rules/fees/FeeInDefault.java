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
import de.nextnetz.rules.calendar.PublicHolidays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A fee still open after the Satzung's calendar due day (moved by § 193 BGB) puts the member in default without a
 * reminder (§ 286 Abs. 2 Nr. 1 BGB), from the next day; the finding states the default interest to the day of the
 * check at five points above the base rate (§§ 288 Abs. 1, 247 BGB, act/365, split at each change of the rate).
 * Where the base-rate table has no row for some day in default, the interest is given up to that day and the rule
 * names the missing rate. Where the member's Land is recorded and § 193 BGB moves the due day differently there
 * (the debtor's place of performance, the other reading), the finding names that day too. One WARNING per member
 * and fee year; not applicable where no dues are recorded.
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
      Optional<LocalDate> atMember = ledger.member().getLand()
          .filter(land -> !association.landOfSeat().equals(Optional.of(land)))
          .map(land -> DuesLaw.due(item.nominalDue().orElseThrow(), PublicHolidays.of(land)))
          .filter(day -> !day.equals(item.due().orElseThrow()));
      if (atMember.isPresent()) {
        // § 193 BGB at the debtor's place (§§ 269, 270 Abs. 4 BGB) is the other reading [open]: reported beside it.
        finding.fact("dueAtMembersSeat", atMember.get());
      }
      if (interest.unknownFrom().isPresent()) {
        finding.fact("baseRateUnknownFrom", interest.unknownFrom().get())
            .messageKey(atMember.isPresent() ? "FEE_IN_DEFAULT.rateUnknownTwoReadings" : "FEE_IN_DEFAULT.rateUnknown");
        outcome.missing("Basiszinssatz ab " + interest.unknownFrom().get() + " (§ 247 BGB)");
      }
      if (atMember.isPresent() && interest.unknownFrom().isEmpty()) {
        finding.messageKey("FEE_IN_DEFAULT.twoReadings");
      }
      outcome.add(finding.build());
    }
  }
}
