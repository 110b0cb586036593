package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** Earlier funds only the 100,000 EUR of 2026 would release: both readings named. The judgement is shared with the related rules of {@link FundsTimelyUse}. */
final class FundsTransition2026Open extends FundsTimelyUse {

  static final RuleDefinition DEFINITION = RuleDefinition.of("FUNDS_TRANSITION_2026_OPEN", Severity.WARNING,
      TaxLaw.TRANSITION);

  FundsTransition2026Open() {
    this(TaxThresholds.DEFAULT);
  }

  /**
   * Creates the rule with a threshold table of the user's own.
   *
   * @param thresholds the dated amounts
   */
  FundsTransition2026Open(TaxThresholds thresholds) {
    super(Kind.TRANSITION, DEFINITION, thresholds);
  }
}
