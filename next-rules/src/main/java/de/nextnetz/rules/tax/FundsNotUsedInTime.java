package de.nextnetz.rules.tax;

import de.nextnetz.rules.Citation;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** Inflows neither used nor reserved by the end of the second year after; the end of the period is a deadline. The judgement is shared with the related rules of {@link FundsTimelyUse}. */
public final class FundsNotUsedInTime extends FundsTimelyUse {

  /** The id {@code FUNDS_NOT_USED_IN_TIME}, severity and citation. */
  public static final RuleDefinition DEFINITION = RuleDefinition.of("FUNDS_NOT_USED_IN_TIME", Severity.ERROR,
      Citation.of(TaxLaw.TIMELY_USE.source() + "; AEAO Nr. 30 zu § 55", TaxLaw.TIMELY_USE.quote().orElse(null)));

  /** Creates the rule with the built-in {@link TaxThresholds#DEFAULT}. */
  public FundsNotUsedInTime() {
    this(TaxThresholds.DEFAULT);
  }

  /**
   * Creates the rule with a threshold table of the user's own.
   *
   * @param thresholds the dated amounts
   */
  public FundsNotUsedInTime(TaxThresholds thresholds) {
    super(Kind.NOT_USED_IN_TIME, DEFINITION, thresholds);
  }
}
