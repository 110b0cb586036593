package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.BaseRates;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.rules.law.DefaultBasis;
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
 * reminder (§ 286 Abs. 2 Nr. 1 BGB), from the next day; so does a fee open after the Satzung's days to pay counted
 * from the invoice's receipt (§ 286 Abs. 2 Nr. 2 BGB), and, where neither fixes a due day, a reminder received
 * (§ 286 Abs. 1 BGB, from the day after receipt); the finding states the default interest to the day of the
 * check at five points above the base rate (§§ 288 Abs. 1, 247 BGB, act/365, split at each change of the rate).
 * Where the base-rate table has no row for some day in default, the interest is given up to that day and the rule
 * names the missing rate. Where the member's Land is recorded and § 193 BGB moves the due day differently there
 * (the debtor's place of performance, the other reading), the finding names that day too. One WARNING per member
 * and fee year; not applicable where no dues are recorded.
 */
final class FeeInDefault extends LedgerRule {

  private static final Citation CITATION = Citation.of("§ 286 Abs. 2 Nr. 1 BGB; §§ 288 Abs. 1, 247 BGB; § 193 BGB");

  static final RuleDefinition DEFINITION = RuleDefinition.of("FEE_IN_DEFAULT", Severity.WARNING, CITATION);

  FeeInDefault() {
    super(DEFINITION);
  }

  /**
   * Creates the rule with a base-rate table and margin of the user's own.
   *
   * @param rates the base rates
   * @param margin the points above the base rate
   */
  FeeInDefault(BaseRates rates, BigDecimal margin) {
    super(DEFINITION, rates, margin);
  }

  @Override
  void check(Ledger ledger, String path, Association association, CheckContext context, Outcome.Builder outcome) {
    for (LedgerItem item : ledger.items()) {
      if (!item.isInDefaultOn(context.asOf())) {
        continue;
      }
      DefaultBasis basis = item.defaultBasis().orElseThrow();
      Interest interest = item.interest();
      Finding.Builder finding = Finding.builder(this, path)
          .citation(citation(basis, association, item))
          .fact("member", ledger.member().getName())
          .fact("year", item.year())
          .fact("open", item.open());
      if (basis == DefaultBasis.REMINDER) {
        finding.fact("arises", item.arises()).fact("reminderReceived", item.defaultFrom().orElseThrow().minusDays(1));
      } else {
        finding.fact("due", item.due().orElseThrow());
      }
      if (basis == DefaultBasis.INVOICE) {
        finding.fact("invoiceReceived", item.invoiceReceived().orElseThrow())
            .fact("paymentDays", paymentDays(association, item));
      }
      finding.fact("defaultFrom", item.defaultFrom().orElseThrow()).fact("interest", interest.money());
      Optional<LocalDate> atMember = basis == DefaultBasis.REMINDER ? Optional.empty() : ledger.member().getLand()
          .filter(land -> !association.landOfSeat().equals(Optional.of(land)))
          .map(land -> DuesLaw.due(item.nominalDue().orElseThrow(), PublicHolidays.of(land)))
          .filter(day -> !day.equals(item.due().orElseThrow()));
      if (atMember.isPresent()) {
        // § 193 BGB at the debtor's place (§§ 269, 270 Abs. 4 BGB) is the other reading [open]: reported beside it.
        finding.fact("dueAtMembersSeat", atMember.get());
      }
      String variant = switch (basis) {
        case CALENDAR_DAY -> "";
        case INVOICE -> "afterInvoice";
        case REMINDER -> "afterReminder";
      };
      if (interest.unknownFrom().isPresent()) {
        finding.fact("baseRateUnknownFrom", interest.unknownFrom().get());
        outcome.missing("Basiszinssatz ab " + interest.unknownFrom().get() + " (§ 247 BGB)");
        variant = variant.isEmpty() ? "rateUnknown" : variant + "RateUnknown";
      }
      if (atMember.isPresent()) {
        variant = variant.isEmpty() ? "twoReadings" : variant + "TwoReadings";
      }
      if (!variant.isEmpty()) {
        finding.messageKey("FEE_IN_DEFAULT." + variant);
      }
      outcome.add(finding.build());
    }
  }

  /** The Satzung's clause that fixes the due day and the provisions of default, interest and § 193 BGB. */
  private static Citation citation(DefaultBasis basis, Association association, LedgerItem item) {
    Optional<StatuteVersion> version = association.statuteOn(item.arises());
    String interestLaw = "; §§ 288 Abs. 1, 247 BGB";
    return switch (basis) {
      case CALENDAR_DAY -> Citation.of(clause(version, StatuteParameter.FEE_DUE_DAY) + "; "
          + DuesLaw.DEFAULT.source() + interestLaw + "; " + DuesLaw.DUE_DAY.source(),
          DuesLaw.DEFAULT.quote().orElse(null));
      case INVOICE -> Citation.of(clause(version, StatuteParameter.FEE_PAYMENT_DAYS) + "; "
          + DuesLaw.DEFAULT_AFTER_INVOICE.source() + interestLaw + "; " + DuesLaw.DUE_DAY.source(),
          DuesLaw.DEFAULT_AFTER_INVOICE.quote().orElse(null));
      case REMINDER -> Citation.of(DuesLaw.REMINDER.source() + interestLaw, DuesLaw.REMINDER.quote().orElse(null));
    };
  }

  private static String clause(Optional<StatuteVersion> version, StatuteParameter parameter) {
    return version.map(v -> Clauses.cite(v, parameter).source()).orElse(parameter.law());
  }

  private static int paymentDays(Association association, LedgerItem item) {
    return association.statuteOn(item.arises()).flatMap(StatuteVersion::getFeePaymentDays).orElseThrow();
  }
}
