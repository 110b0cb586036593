package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/**
 * The members' average annual fee on the day of the check (each member's own fee where recorded, else the fee the
 * Satzung in force sets for the member's kind) above the amount of the administrative instruction (AEAO zu § 52 Nr.
 * 1.1: 1,023 EUR a member and year, a dated row of {@link TaxThresholds} marked unverified): such fees keep the
 * general public out (§ 52 Abs. 1 AO). An INFO, since the instruction aims at clubs that serve their members; where
 * a member's fee is not known, the rule names the missing fees instead. Admission fees (1,534 EUR) are not recorded
 * and not judged. The judgement is shared with the related rules of {@link ThresholdRules}.
 */
final class MemberFeeAverageAboveAeao extends ThresholdRules {

  static final RuleDefinition DEFINITION = RuleDefinition.of("MEMBER_FEE_AVERAGE_ABOVE_AEAO", Severity.INFO,
      TaxLaw.MEMBER_FEES);

  MemberFeeAverageAboveAeao() {
    this(TaxThresholds.DEFAULT);
  }

  /**
   * Creates the rule with a threshold table of the user's own.
   *
   * @param thresholds the dated amounts
   */
  MemberFeeAverageAboveAeao(TaxThresholds thresholds) {
    super(Kind.MEMBER_FEE_AVERAGE, DEFINITION, thresholds);
  }
}
