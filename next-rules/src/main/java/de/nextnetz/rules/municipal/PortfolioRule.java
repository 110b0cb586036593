package de.nextnetz.rules.municipal;

import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;

/** A check of a municipality's portfolio as of a day: like a statute rule, pure and stateless. */
public interface PortfolioRule {

  /** {@return the stable id} */
  RuleId id();

  /** {@return the severity of the rule's findings unless the case makes it another} */
  Severity defaultSeverity();

  /** {@return the clause the rule implements} */
  Citation citation();

  /**
   * Checks a portfolio.
   *
   * @param portfolio the municipality's memberships
   * @param asOf the day of the check
   * @return the outcome, of this rule's id
   */
  Outcome check(MunicipalPortfolio portfolio, LocalDate asOf);
}
