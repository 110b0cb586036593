package de.nextnetz.rules.assembly;

import de.nextnetz.rules.StatuteRule;
import java.util.List;

/**
 * The rules on general assemblies and their resolutions (invitation, format, quorum, majorities, minority demands,
 * minutes): the one public door into this package, whose rule classes are internal. Callers take the rules from
 * {@code BuiltInRules}, which lists these in its report order, and know them by their ids.
 */
public final class AssemblyRules {

  private AssemblyRules() {}

  /** {@return the rules of this package with their default settings, in report order} */
  public static List<StatuteRule> all() {
    return List.of(
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
        new ResolutionWithoutMeetingInvalid(),
        new MinorityDemandQuorumNotMet(),
        new MinorityDemandFormInvalid(),
        new MvMinorityDemandNotHonoured());
  }

  /** {@return {@code SATZUNG_CHANGE_NOT_YET_EFFECTIVE} (§ 71 Abs. 1 BGB), which reports list after the exit rules} */
  public static StatuteRule satzungChangeNotYetEffective() {
    return new SatzungChangeNotYetEffective();
  }

  /**
   * {@return {@code MV_INVITATION_LATE} with other days in transit}
   *
   * @param transit the days in transit by form of the invitation
   */
  public static StatuteRule invitationLate(de.nextnetz.rules.law.Transit transit) {
    return new MvInvitationLate(transit);
  }

  /**
   * {@return {@code MV_MINORITY_DEMAND_NOT_HONOURED} with another time for the board to call the assembly}
   *
   * @param response the time counted from the demand's receipt, positive
   * @throws IllegalArgumentException if the time is not positive
   */
  public static StatuteRule minorityDemandNotHonoured(java.time.Period response) {
    return new MvMinorityDemandNotHonoured(response);
  }
}
