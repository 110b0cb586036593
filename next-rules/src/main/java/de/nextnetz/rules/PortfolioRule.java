package de.nextnetz.rules;

import de.nextnetz.domain.municipal.MunicipalPortfolio;

/**
 * A check of a municipality's portfolio as of a day: a {@link Rule} like a statute rule, run by the
 * same {@link RuleEngine} ({@link de.nextnetz.rules.builtin.BuiltInRules#portfolioEngine()}).
 */
public interface PortfolioRule extends Rule<MunicipalPortfolio> {}
