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
import de.nextnetz.rules.assembly.MinorityDemandFormInvalid;
import de.nextnetz.rules.assembly.MinorityDemandQuorumNotMet;
import de.nextnetz.rules.assembly.MvAgendaItemNotAnnounced;
import de.nextnetz.rules.assembly.MvConvenedByUnauthorised;
import de.nextnetz.rules.assembly.MvHybridAccessInfoMissing;
import de.nextnetz.rules.assembly.MvInvitationFormInvalid;
import de.nextnetz.rules.assembly.MvInvitationLate;
import de.nextnetz.rules.assembly.MvInvitationNotAllMembers;
import de.nextnetz.rules.assembly.MvMinorityDemandNotHonoured;
import de.nextnetz.rules.assembly.MvMinutesMissing;
import de.nextnetz.rules.assembly.MvQuorumNotMet;
import de.nextnetz.rules.assembly.MvStatuteChangeNotSpecified;
import de.nextnetz.rules.assembly.MvVirtualNotAuthorised;
import de.nextnetz.rules.assembly.ResolutionDissolutionMajorityFailed;
import de.nextnetz.rules.assembly.ResolutionPurposeChangeConsentMissing;
import de.nextnetz.rules.assembly.ResolutionSimpleMajorityFailed;
import de.nextnetz.rules.assembly.ResolutionStatuteChangeMajorityFailed;
import de.nextnetz.rules.assembly.ResolutionVoterExcluded;
import de.nextnetz.rules.assembly.ResolutionVotesExceedEligible;
import de.nextnetz.rules.board.BoardChangeNotFiled;
import de.nextnetz.rules.satzung.MemberExitEffectiveDate;
import de.nextnetz.rules.satzung.MemberExitFormInvalid;
import de.nextnetz.rules.assembly.SatzungChangeNotYetEffective;
import de.nextnetz.rules.satzung.SatzungExitExcluded;
import de.nextnetz.rules.satzung.SatzungExitPeriodTooLong;
import de.nextnetz.rules.satzung.SatzungMinorityQuorumInvalid;
import java.util.List;

/** The built-in catalogue: one explicit list of every rule, in the order reports list them. */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** {@return every built-in rule, with default settings: board, admission, rhythm, fees, general assembly and resolutions, minority demands, exits, the Satzung and the register} */
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
        new FeeDue(),
        new MvConvenedByUnauthorised(),
        new MvInvitationLate(),
        new MvInvitationFormInvalid(),
        new MvInvitationNotAllMembers(),
        new MvAgendaItemNotAnnounced(),
        new MvStatuteChangeNotSpecified(),
        new MvHybridAccessInfoMissing(),
        new MvVirtualNotAuthorised(),
        new MvQuorumNotMet(),
        new MvMinutesMissing(),
        new ResolutionSimpleMajorityFailed(),
        new ResolutionStatuteChangeMajorityFailed(),
        new ResolutionPurposeChangeConsentMissing(),
        new ResolutionDissolutionMajorityFailed(),
        new ResolutionVoterExcluded(),
        new ResolutionVotesExceedEligible(),
        new MinorityDemandQuorumNotMet(),
        new MinorityDemandFormInvalid(),
        new MvMinorityDemandNotHonoured(),
        new MemberExitEffectiveDate(),
        new MemberExitFormInvalid(),
        new SatzungExitPeriodTooLong(),
        new SatzungExitExcluded(),
        new SatzungMinorityQuorumInvalid(),
        new SatzungChangeNotYetEffective(),
        new BoardChangeNotFiled());
  }
}
