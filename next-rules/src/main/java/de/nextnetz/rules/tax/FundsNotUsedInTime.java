package de.nextnetz.rules.tax;

import de.nextnetz.rules.Citation;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** Inflows neither used nor reserved by the end of the second year after; the end of the period is a deadline. The judgement is shared with the related rules of {@link FundsTimelyUse}. */
final class FundsNotUsedInTime extends FundsTimelyUse {

  static final RuleDefinition DEFINITION = RuleDefinition.of("FUNDS_NOT_USED_IN_TIME", Severity.ERROR,
      Citation.of(TaxLaw.TIMELY_USE.source() + "; AEAO Nr. 30 zu § 55", TaxLaw.TIMELY_USE.quote().orElse(null)));

  FundsNotUsedInTime() {
    this(TaxThresholds.DEFAULT);
  }

  /**
   * Creates the rule with a threshold table of the user's own.
   *
   * @param thresholds the dated amounts
   */
  FundsNotUsedInTime(TaxThresholds thresholds) {
    super(Kind.NOT_USED_IN_TIME, DEFINITION, thresholds);
  }
}
