package de.nextnetz.rules.report;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.rules.CheckReport;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * What the municipal budget office looks at for one day: the portfolio of memberships, what each
 * department owes in a budget year, and the findings of the municipal rules. {@code next portfolio}
 * prints it; its JSON form is the document {@code nextnetz.portfolio-review}.
 *
 * @param portfolio the memberships
 * @param budgetYear what the departments owe in the year
 * @param check the findings of {@link de.nextnetz.rules.builtin.BuiltInRules#portfolioEngine()} on the day
 */
public record PortfolioReview(MunicipalPortfolio portfolio, BudgetYear budgetYear, CheckReport check) {

  /**
   * Checks that nothing is missing.
   *
   * @param portfolio the memberships
   * @param budgetYear what the departments owe in the year
   * @param check the findings of {@link de.nextnetz.rules.builtin.BuiltInRules#portfolioEngine()} on the day
   */
  public PortfolioReview {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(budgetYear, "budgetYear");
    Objects.requireNonNull(check, "check");
  }

  /**
   * Reviews a portfolio: its budget year and the municipal rules as of a day.
   *
   * @param portfolio the memberships
   * @param year the budget year
   * @param asOf the day of the check
   * @return the review
   */
  public static PortfolioReview of(MunicipalPortfolio portfolio, Year year, LocalDate asOf) {
    return new PortfolioReview(portfolio, BudgetYear.of(portfolio, year), BuiltInRules.portfolioEngine().check(portfolio, asOf));
  }
}
