package de.nextnetz.rules.municipal;

import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.rules.ItemRule;
import de.nextnetz.rules.PortfolioRule;
import de.nextnetz.rules.RuleDefinition;

/** A portfolio rule that judges each membership of a municipality on its own. */
abstract class MembershipRule extends ItemRule<MunicipalPortfolio, MunicipalMembership> implements PortfolioRule {

  MembershipRule(RuleDefinition definition) {
    super(definition, "memberships", MunicipalPortfolio::getMemberships);
  }
}
