package de.nextnetz.rules;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Member;

/** A statute rule that judges each member of an association on its own. */
public abstract class MemberRule extends ItemRule<Association, Member> implements StatuteRule {

  /**
   * Creates the rule.
   *
   * @param definition its id, default severity and citation
   */
  protected MemberRule(RuleDefinition definition) {
    super(definition, "members", Association::getMembers);
  }
}
