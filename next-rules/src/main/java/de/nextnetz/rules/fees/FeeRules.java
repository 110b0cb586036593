package de.nextnetz.rules.fees;

import de.nextnetz.rules.StatuteRule;
import java.util.List;

/**
 * The rules on fees and dues (amount, split, due day, default, limitation, SEPA mandates): the one public door
 * into this package, whose rule classes are internal. Callers take the rules from {@code BuiltInRules}, which
 * lists these in its report order, and know them by their ids.
 */
public final class FeeRules {

  private FeeRules() {}

  /** {@return the rules of this package with their default settings, in report order} */
  public static List<StatuteRule> all() {
    return List.of(
        new FeeAmountMismatch(),
        new FeeSplitInconsistent(),
        new FeeDue(),
        new FeeInDefault(),
        new FeeDefaultNeedsReminder(),
        new FeeClaimLimitationApproaching(),
        new FeeClaimTimeBarred(),
        new FeeOverpaid(),
        new SepaCreditorIdMissing(),
        new SepaMandateMissing(),
        new SepaMandateExpired(),
        new SepaMandateReferenceInvalid(),
        new SepaIbanNotNormalised(),
        new SepaSequenceInconsistent(),
        new SepaRefundWindowOpen());
  }

  /**
   * {@return {@code FEE_IN_DEFAULT} with a base-rate table and interest margin of the user's own}
   *
   * @param rates the base rates (§ 247 BGB)
   * @param margin the points above the base rate
   */
  public static StatuteRule inDefault(de.nextnetz.rules.law.BaseRates rates, java.math.BigDecimal margin) {
    return new FeeInDefault(rates, margin);
  }

  /**
   * {@return {@code FEE_CLAIM_LIMITATION_APPROACHING} with another lead time}
   *
   * @param leadDays how many days before the claim becomes time-barred to warn, at least 0
   * @throws IllegalArgumentException if the lead time is negative
   */
  public static StatuteRule claimLimitationApproaching(int leadDays) {
    return new FeeClaimLimitationApproaching(leadDays);
  }
}
