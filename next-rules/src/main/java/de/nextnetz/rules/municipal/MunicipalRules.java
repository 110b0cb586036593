package de.nextnetz.rules.municipal;

import de.nextnetz.rules.PortfolioRule;
import java.util.List;

/**
 * The rules over a municipality's memberships (resolution, conditions, cost shares, fee, notice): the one public
 * door into this package, whose rule classes are internal. Callers take the rules from {@code BuiltInRules}, which
 * lists these in its report order, and know them by their ids.
 */
public final class MunicipalRules {

  private MunicipalRules() {}

  /** {@return the rules of this package with their default settings, in report order} */
  public static List<PortfolioRule> all() {
    return List.of(
        new MunicipalResolutionMissing(),
        new MunicipalStartBeforeCondition(),
        new MunicipalCostSharesInconsistent(),
        new MunicipalFeeNotAsResolved(),
        new MunicipalPaymentNotAsResolved(),
        new MunicipalNoticeDeadline());
  }

  /**
   * {@return {@code MUNICIPAL_NOTICE_DEADLINE} with another lead time}
   *
   * @param leadDays how many days before the last day of notice to warn, at least 0
   * @throws IllegalArgumentException if negative
   */
  public static PortfolioRule noticeDeadline(int leadDays) {
    return new MunicipalNoticeDeadline(leadDays);
  }
}
