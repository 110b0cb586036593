package de.nextnetz.rules.tax;

import de.nextnetz.rules.StatuteRule;
import java.util.List;

/**
 * The rules on the tax-privileged status (purposes, notice, funds, reserves, allowances, receipts, returns): the
 * one public door into this package, whose rule classes are internal. Callers take the rules from {@code
 * BuiltInRules}, which lists these in its report order, and know them by their ids.
 */
public final class TaxRules {

  private TaxRules() {}

  /** {@return the rules of this package with their default settings, in report order} */
  public static List<StatuteRule> all() {
    return List.of(
        new TaxPurposeNotInCatalogue(),
        new SatzungTaxClauseMissing(),
        new SatzungTaxClauseNotWholePeriod(),
        new TaxNoticeExpiring(),
        new FundsTimelyUseExempt(),
        new FundsNotUsedInTime(),
        new FundsTransition2026Open(),
        new ReserveFreeLimitExceeded(),
        new ReserveFormedLate(),
        new ReservePurposeLapsed(),
        new EconomicBusinessThresholdExceeded(),
        new AllowanceUebungsleiterExceeded(),
        new AllowanceEhrenamtExceeded(),
        new AllowanceDoubleClaim(),
        new BoardLiabilityPrivilegeLost(),
        new MemberFeeAverageAboveAeao(),
        new TaxReturnDue(),
        new TaxReturnOverdue(),
        new ReceiptNotAllowedNoNotice(),
        new ReceiptNotAllowedNoticeExpired(),
        new ReceiptAmountWordsMismatch(),
        new ReceiptFeeNotDeductible(),
        new ReceiptForConsideration(),
        new ReceiptCollectiveSumMismatch(),
        new ReceiptCopyMissing(),
        new ReceiptDuplicate(),
        new ReceiptWrongForm(),
        new ReceiptTemplateTextDeviates(),
        new ReceiptPageLimitExceeded(),
        new ReceiptTransmissionLate(),
        new ReceiptCollectiveSpansYears(),
        new ReceiptSimplifiedProofAvailable(),
        new ReceiptSimplifiedBelegIncomplete(),
        new ReceiptToNonTaxpayer());
  }

  /**
   * {@return the rules that judge by the dated amounts of the tax law, with a table of the user's own}
   *
   * @param thresholds the dated amounts
   */
  public static List<StatuteRule> thresholds(de.nextnetz.rules.law.TaxThresholds thresholds) {
    return List.of(
        new FundsTimelyUseExempt(thresholds), new FundsNotUsedInTime(thresholds),
        new FundsTransition2026Open(thresholds), new EconomicBusinessThresholdExceeded(thresholds),
        new AllowanceUebungsleiterExceeded(thresholds), new AllowanceEhrenamtExceeded(thresholds),
        new BoardLiabilityPrivilegeLost(thresholds), new MemberFeeAverageAboveAeao(thresholds));
  }

  /**
   * {@return {@code TAX_NOTICE_EXPIRING} with another lead time}
   *
   * @param leadDays how many days before the last day of receipt authority to warn, at least 0
   * @throws IllegalArgumentException if negative
   */
  public static StatuteRule noticeExpiring(int leadDays) {
    return new TaxNoticeExpiring(leadDays);
  }
}
