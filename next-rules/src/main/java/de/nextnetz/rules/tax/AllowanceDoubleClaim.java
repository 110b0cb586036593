package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** Both allowances for one activity of a person in a year. The judgement is shared with the related rules of {@link ThresholdRules}. */
final class AllowanceDoubleClaim extends ThresholdRules {

  static final RuleDefinition DEFINITION = RuleDefinition.of("ALLOWANCE_DOUBLE_CLAIM", Severity.ERROR,
      TaxLaw.DOUBLE_CLAIM);

  AllowanceDoubleClaim() {
    super(Kind.DOUBLE_CLAIM, DEFINITION, TaxThresholds.DEFAULT);
  }
}
