package de.nextnetz.rules.admission;

import de.nextnetz.rules.StatuteRule;
import java.util.List;

/**
 * The admission rules (application, reviews, board decision, member kinds, member count): the one public door into
 * this package, whose rule classes are internal. Callers take the rules from {@code BuiltInRules}, which lists
 * these in its report order, and know them by their ids.
 */
public final class AdmissionRules {

  private AdmissionRules() {}

  /** {@return the rules of this package with their default settings, in report order} */
  public static List<StatuteRule> all() {
    return List.of(
        new MemberAdmissionApplicationMissing(),
        new MemberAdmissionReviewersInsufficient(),
        new MemberAdmissionBoardApprovalMissing(),
        new MemberAdmissionSequenceInvalid(),
        new MemberStartDateInconsistent(),
        new MemberTypeNotInSatzung(),
        new MemberCountBelow3());
  }
}
