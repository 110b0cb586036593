package de.nextnetz.rules;

import de.nextnetz.rules.admission.MemberAdmissionApplicationMissing;
import de.nextnetz.rules.admission.MemberAdmissionBoardApprovalMissing;
import de.nextnetz.rules.admission.MemberAdmissionReviewersInsufficient;
import de.nextnetz.rules.admission.MemberAdmissionSequenceInvalid;
import de.nextnetz.rules.admission.MemberCountBelowThree;
import de.nextnetz.rules.admission.MemberStartDateInconsistent;
import de.nextnetz.rules.admission.MemberTypeNotInStatute;
import de.nextnetz.rules.board.BoardCompositionInvalid;
import de.nextnetz.rules.board.BoardElectionDeadlineBeforeNextAssembly;
import de.nextnetz.rules.board.BoardElectionOverdue;
import de.nextnetz.rules.board.BoardMissing;
import de.nextnetz.rules.board.BoardRoleAccumulation;
import de.nextnetz.rules.board.BoardTermExpiringSoon;
import de.nextnetz.rules.fees.FeeAmountMismatch;
import de.nextnetz.rules.fees.FeeSplitInconsistent;
import de.nextnetz.rules.rhythm.AnnualAssemblyMissing;
import de.nextnetz.rules.rhythm.AssemblyNotAtAutumnConference;
import de.nextnetz.rules.rhythm.CommunityMeetingFrequency;
import de.nextnetz.rules.rhythm.PanelFrequency;
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
        new BoardElectionDeadlineBeforeNextAssembly(),
        new MemberAdmissionApplicationMissing(),
        new MemberAdmissionReviewersInsufficient(),
        new MemberAdmissionBoardApprovalMissing(),
        new MemberAdmissionSequenceInvalid(),
        new MemberStartDateInconsistent(),
        new MemberTypeNotInStatute(),
        new MemberCountBelowThree(),
        new AnnualAssemblyMissing(),
        new AssemblyNotAtAutumnConference(),
        new PanelFrequency(),
        new CommunityMeetingFrequency(),
        new FeeAmountMismatch(),
        new FeeSplitInconsistent());
  }
}
