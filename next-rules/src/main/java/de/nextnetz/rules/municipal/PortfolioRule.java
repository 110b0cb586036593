package de.nextnetz.rules.municipal;

import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.rules.Rule;

/**
 * A check of a municipality's portfolio as of a day: a {@link Rule} like a statute rule, run by the
 * same {@link de.nextnetz.rules.RuleEngine} ({@link de.nextnetz.rules.RuleEngine#builtInPortfolio()}).
 */
public interface PortfolioRule extends Rule<MunicipalPortfolio> {}
