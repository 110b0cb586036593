package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** A year whose receipts are at most the exemption of the year: no duty of timely use for the funds held then. The judgement is shared with the related rules of {@link FundsTimelyUse}. */
final class FundsTimelyUseExempt extends FundsTimelyUse {

  static final RuleDefinition DEFINITION = RuleDefinition.of("FUNDS_TIMELY_USE_EXEMPT", Severity.INFO,
      TaxLaw.TIMELY_USE_EXEMPTION);

  FundsTimelyUseExempt() {
    this(TaxThresholds.DEFAULT);
  }

  /**
   * Creates the rule with a threshold table of the user's own.
   *
   * @param thresholds the dated amounts
   */
  FundsTimelyUseExempt(TaxThresholds thresholds) {
    super(Kind.EXEMPT, DEFINITION, thresholds);
  }
}
