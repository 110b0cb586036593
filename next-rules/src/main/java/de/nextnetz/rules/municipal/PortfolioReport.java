package de.nextnetz.rules.municipal;

import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Findings;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The check of a municipality's portfolio as of a day: the outcome of every rule and all findings in report order. */
public final class PortfolioReport {

  private final LocalDate asOf;
  private final List<Outcome> outcomes;
  private final List<Finding> findings;

  private PortfolioReport(LocalDate asOf, List<Outcome> outcomes) {
    this.asOf = asOf;
    this.outcomes = List.copyOf(outcomes);
    this.findings = Findings.inReportOrder(outcomes);
  }

  /**
   * Checks a portfolio with the built-in rules.
   *
   * @param portfolio the portfolio
   * @param asOf the day
   * @return the report
   */
  public static PortfolioReport check(MunicipalPortfolio portfolio, LocalDate asOf) {
    return check(portfolio, asOf, PortfolioRules.all());
  }

  /**
   * Checks a portfolio with given rules.
   *
   * @param portfolio the portfolio
   * @param asOf the day
   * @param rules the rules, in report order
   * @return the report
   * @throws IllegalStateException if a rule answers for another rule's id
   */
  public static PortfolioReport check(MunicipalPortfolio portfolio, LocalDate asOf, List<PortfolioRule> rules) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(asOf, "asOf");
    List<Outcome> outcomes = new ArrayList<>();
    for (PortfolioRule rule : rules) {
      Outcome outcome = rule.check(portfolio, asOf);
      if (!outcome.getRuleId().equals(rule.id())) {
        throw new IllegalStateException("rule " + rule.id() + " answered with the outcome of " + outcome.getRuleId());
      }
      outcomes.add(outcome);
    }
    return new PortfolioReport(asOf, outcomes);
  }

  /** {@return the day of the check} */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** {@return the outcome of every rule, in order} */
  public List<Outcome> getOutcomes() {
    return outcomes;
  }

  /** {@return all findings, most serious first} */
  public List<Finding> getFindings() {
    return findings;
  }

  /** {@return whether any finding is an error} */
  public boolean hasErrors() {
    return findings.stream().anyMatch(finding -> finding.getSeverity() == Severity.ERROR);
  }
}
