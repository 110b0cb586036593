package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** A person's volunteer allowance of a year above the tax-free amount. The judgement is shared with the related rules of {@link ThresholdRules}. */
final class AllowanceEhrenamtExceeded extends ThresholdRules {

  static final RuleDefinition DEFINITION = RuleDefinition.of("ALLOWANCE_EHRENAMT_EXCEEDED", Severity.WARNING,
      TaxLaw.EHRENAMT);

  AllowanceEhrenamtExceeded() {
    this(TaxThresholds.DEFAULT);
  }

  /**
   * Creates the rule with a threshold table of the user's own.
   *
   * @param thresholds the dated amounts
   */
  AllowanceEhrenamtExceeded(TaxThresholds thresholds) {
    super(Kind.EHRENAMT, DEFINITION, thresholds);
  }
}
