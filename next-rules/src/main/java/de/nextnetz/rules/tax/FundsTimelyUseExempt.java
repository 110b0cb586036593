package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** A year whose receipts are at most the exemption of the year: no duty of timely use for the funds held then. The judgement is shared with the related rules of {@link FundsTimelyUse}. */
public final class FundsTimelyUseExempt extends FundsTimelyUse {

  /** The id {@code FUNDS_TIMELY_USE_EXEMPT}, severity and citation. */
  public static final RuleDefinition DEFINITION = RuleDefinition.of("FUNDS_TIMELY_USE_EXEMPT", Severity.INFO,
      TaxLaw.TIMELY_USE_EXEMPTION);

  /** Creates the rule with the built-in {@link TaxThresholds#DEFAULT}. */
  public FundsTimelyUseExempt() {
    this(TaxThresholds.DEFAULT);
  }

  /**
   * Creates the rule with a threshold table of the user's own.
   *
   * @param thresholds the dated amounts
   */
  public FundsTimelyUseExempt(TaxThresholds thresholds) {
    super(Kind.EXEMPT, DEFINITION, thresholds);
  }
}
