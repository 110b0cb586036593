package de.nextnetz.rules.municipal;

import java.util.List;

/** The built-in catalogue of rules over a municipality's portfolio: one explicit list, in report order. */
public final class PortfolioRules {

  private PortfolioRules() {}

  /** {@return every built-in portfolio rule, with default settings} */
  public static List<PortfolioRule> all() {
    return List.of(new MunicipalResolutionMissing(), new MunicipalStartBeforeCondition(),
        new MunicipalCostSharesInconsistent(), new MunicipalFeeNotAsResolved(), new MunicipalNoticeDeadline());
  }
}
