package de.nextnetz.rules;

import de.nextnetz.rules.admission.MemberAdmissionApplicationMissing;
import de.nextnetz.rules.admission.MemberAdmissionBoardApprovalMissing;
import de.nextnetz.rules.admission.MemberAdmissionReviewersInsufficient;
import de.nextnetz.rules.admission.MemberAdmissionSequenceInvalid;
import de.nextnetz.rules.admission.MemberCountBelow3;
import de.nextnetz.rules.admission.MemberStartDateInconsistent;
import de.nextnetz.rules.admission.MemberTypeNotInSatzung;
import de.nextnetz.rules.board.BoardCompositionInvalid;
import de.nextnetz.rules.board.BoardElectionDeadlineBeforeNextMv;
import de.nextnetz.rules.board.BoardElectionOverdue;
import de.nextnetz.rules.board.BoardMissing;
import de.nextnetz.rules.board.BoardRoleAccumulation;
import de.nextnetz.rules.board.BoardTermExpiringSoon;
import de.nextnetz.rules.fees.FeeAmountMismatch;
import de.nextnetz.rules.fees.FeeDue;
import de.nextnetz.rules.fees.FeeSplitInconsistent;
import de.nextnetz.rules.rhythm.MvAnnualMissing;
import de.nextnetz.rules.rhythm.MvNotAtAutumnConference;
import de.nextnetz.rules.rhythm.CommunityMeetingFrequency;
import de.nextnetz.rules.rhythm.NextpanelFrequency;
import java.util.List;

/** The built-in catalogue: one explicit list of every rule, in the order reports list them. */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** {@return every built-in rule, with default settings: board, admission, rhythm, fees} */
  public static List<StatuteRule> all() {
    return List.of(
        new BoardMissing(),
        new BoardCompositionInvalid(),
        new BoardRoleAccumulation(),
        new BoardElectionOverdue(),
        new BoardTermExpiringSoon(),
        new BoardElectionDeadlineBeforeNextMv(),
        new MemberAdmissionApplicationMissing(),
        new MemberAdmissionReviewersInsufficient(),
        new MemberAdmissionBoardApprovalMissing(),
        new MemberAdmissionSequenceInvalid(),
        new MemberStartDateInconsistent(),
        new MemberTypeNotInSatzung(),
        new MemberCountBelow3(),
        new MvAnnualMissing(),
        new MvNotAtAutumnConference(),
        new NextpanelFrequency(),
        new CommunityMeetingFrequency(),
        new FeeAmountMismatch(),
        new FeeSplitInconsistent(),
        new FeeDue());
  }
}
