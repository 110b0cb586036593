package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.domain.tax.TaxYear;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;
import de.nextnetz.rules.law.ThresholdKind;
import java.time.LocalDate;
import java.util.Map;

/**
 * The three rules of timely use (§ 55 Abs. 1 Nr. 5 AO), one class judged three ways from {@link TaxLaw#timelyUse}:
 * {@code FUNDS_TIMELY_USE_EXEMPT} (INFO: a year at most the exemption of its year), {@code FUNDS_NOT_USED_IN_TIME}
 * (ERROR: the period ended with funds unused and not reserved; while it runs, its end is a deadline; unknown naming a
 * year without figures) and {@code FUNDS_TRANSITION_2026_OPEN} (WARNING: only the 100,000 EUR of 2026 would release
 * earlier funds, and the AEAO has not said whether it does).
 */
abstract class FundsTimelyUse extends TaxRule {

  /** Which of the three rules. */
  enum Kind {
    /** {@code FUNDS_TIMELY_USE_EXEMPT}. */
    EXEMPT,
    /** {@code FUNDS_NOT_USED_IN_TIME}. */
    NOT_USED_IN_TIME,
    /** {@code FUNDS_TRANSITION_2026_OPEN}. */
    TRANSITION
  }

  private final Kind kind;

  FundsTimelyUse(Kind kind, RuleDefinition definition, TaxThresholds thresholds) {
    super(definition, thresholds);
    this.kind = kind;
  }

  @Override
  void check(TaxProfile tax, Association association, CheckContext context, Outcome.Builder outcome) {
    LocalDate day = context.asOf();
    for (int i = 0; i < tax.getYears().size(); i++) {
      TaxYear year = tax.getYears().get(i);
      if (year.getYear().getValue() > day.getYear()) {
        continue;
      }
      String path = Pointer.to("tax", "years", i);
      TaxLaw.TimelyUse use = TaxLaw.timelyUse(tax, year.getYear(), day, thresholds);
      switch (kind) {
        case EXEMPT -> {
          if (use.status() == TaxLaw.UseStatus.EXEMPT_YEAR) {
            outcome.add(Finding.builder(this, path)
                .fact("year", year.getYear())
                .fact("receipts", year.receipts())
                .fact("threshold", thresholds.of(ThresholdKind.TIMELY_USE_EXEMPTION, year.getYear().getValue())
                    .orElseThrow().amount())
                .build());
          }
        }
        case NOT_USED_IN_TIME -> {
          switch (use.status()) {
            case OVERDUE -> outcome.add(Finding.builder(this, path)
                .fact("year", year.getYear())
                .fact("unused", year.getUnused().orElseThrow())
                .fact("deadline", use.deadline())
                .build());
            case OPEN -> outcome.deadline(Deadline.of(this, path, use.deadline(), Message.builtIn(
                "deadline.FUNDS_NOT_USED_IN_TIME", Map.of("year", year.getYear())), day));
            case UNKNOWN -> {
              use.missing().forEach(missing -> outcome.missing("/tax/years (" + missing + ")"));
              if (use.missing().isEmpty()) {
                outcome.missing(path + "/unused");
              }
            }
            default -> { }
          }
        }
        case TRANSITION -> {
          if (use.status() == TaxLaw.UseStatus.TRANSITION_OPEN) {
            outcome.add(Finding.builder(this, path)
                .fact("year", year.getYear())
                .fact("deadline", use.deadline())
                .build());
          }
        }
      }
    }
  }
}
