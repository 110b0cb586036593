package de.nextnetz.rules.admission;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.LookupRule;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.SharedLookup;
import de.nextnetz.rules.StatuteRule;

/**
 * The admission rules: statute rules that share the run's {@link AdmissionIndex}. The outcome and,
 * for the rules about the board's approval, the statute's {@code boardApprovalRequired} are here,
 * once; a rule judges what the index visits.
 */
abstract class AdmissionRule extends DefinedRule<Association>
    implements StatuteRule, LookupRule<Association, AdmissionIndex> {

  private final boolean aboutBoardApproval;

  AdmissionRule(RuleDefinition definition, boolean aboutBoardApproval) {
    super(definition);
    this.aboutBoardApproval = aboutBoardApproval;
  }

  @Override
  public final Outcome check(Association association, CheckContext context, AdmissionIndex index) {
    if (aboutBoardApproval && !context.statute().isBoardApprovalRequired()) {
      return Outcome.notApplicable(id());
    }
    Outcome.Builder outcome = Outcome.builder(id());
    judge(index, context, outcome);
    return outcome.build();
  }

  /** Judges the admissions the index visits, adding to the outcome. */
  abstract void judge(AdmissionIndex index, CheckContext context, Outcome.Builder outcome);

  @Override
  public final SharedLookup<Association, AdmissionIndex> lookup() {
    return AdmissionIndex.LOOKUP;
  }
}
