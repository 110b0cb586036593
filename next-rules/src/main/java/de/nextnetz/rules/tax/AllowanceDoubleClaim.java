package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** Both allowances for one activity of a person in a year. The judgement is shared with the related rules of {@link ThresholdRules}. */
public final class AllowanceDoubleClaim extends ThresholdRules {

  /** The id {@code ALLOWANCE_DOUBLE_CLAIM}, severity and citation. */
  public static final RuleDefinition DEFINITION = RuleDefinition.of("ALLOWANCE_DOUBLE_CLAIM", Severity.ERROR,
      TaxLaw.DOUBLE_CLAIM);

  /** Creates the rule. */
  public AllowanceDoubleClaim() {
    super(Kind.DOUBLE_CLAIM, DEFINITION, TaxThresholds.DEFAULT);
  }
}
