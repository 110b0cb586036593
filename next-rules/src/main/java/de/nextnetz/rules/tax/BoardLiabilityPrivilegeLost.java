package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/**
 * A board member (§ 31a BGB) or a member (§ 31b BGB) paid more in a year than the amount of that year (840 EUR to
 * 2025, 3,300 EUR from 2026, the dated row of {@link TaxThresholds}) is liable to the association for slight
 * negligence too. One INFO per person and year; everything paid to the person counts, whatever allowance it was
 * claimed under. The judgement is shared with the related rules of {@link ThresholdRules}.
 */
final class BoardLiabilityPrivilegeLost extends ThresholdRules {

  static final RuleDefinition DEFINITION = RuleDefinition.of("BOARD_LIABILITY_PRIVILEGE_LOST", Severity.INFO,
      TaxLaw.BOARD_LIABILITY);

  BoardLiabilityPrivilegeLost() {
    this(TaxThresholds.DEFAULT);
  }

  /**
   * Creates the rule with a threshold table of the user's own.
   *
   * @param thresholds the dated amounts
   */
  BoardLiabilityPrivilegeLost(TaxThresholds thresholds) {
    super(Kind.LIABILITY_PRIVILEGE, DEFINITION, thresholds);
  }
}
