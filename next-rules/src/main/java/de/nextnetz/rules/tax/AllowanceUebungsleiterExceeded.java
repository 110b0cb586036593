package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** A person's trainer allowance of a year above the tax-free amount. The judgement is shared with the related rules of {@link ThresholdRules}. */
final class AllowanceUebungsleiterExceeded extends ThresholdRules {

  static final RuleDefinition DEFINITION = RuleDefinition.of("ALLOWANCE_UEBUNGSLEITER_EXCEEDED",
      Severity.WARNING, TaxLaw.UEBUNGSLEITER);

  AllowanceUebungsleiterExceeded() {
    this(TaxThresholds.DEFAULT);
  }

  /**
   * Creates the rule with a threshold table of the user's own.
   *
   * @param thresholds the dated amounts
   */
  AllowanceUebungsleiterExceeded(TaxThresholds thresholds) {
    super(Kind.UEBUNGSLEITER, DEFINITION, thresholds);
  }
}
