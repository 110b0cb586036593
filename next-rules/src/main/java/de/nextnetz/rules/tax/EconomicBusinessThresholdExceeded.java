package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** The gross receipts of the taxable economic businesses above the limit of their year. The judgement is shared with the related rules of {@link ThresholdRules}. */
final class EconomicBusinessThresholdExceeded extends ThresholdRules {

  static final RuleDefinition DEFINITION = RuleDefinition.of("ECONOMIC_BUSINESS_THRESHOLD_EXCEEDED",
      Severity.WARNING, TaxLaw.ECONOMIC_BUSINESS);

  EconomicBusinessThresholdExceeded() {
    this(TaxThresholds.DEFAULT);
  }

  /**
   * Creates the rule with a threshold table of the user's own.
   *
   * @param thresholds the dated amounts
   */
  EconomicBusinessThresholdExceeded(TaxThresholds thresholds) {
    super(Kind.ECONOMIC_BUSINESS, DEFINITION, thresholds);
  }
}
