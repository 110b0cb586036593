package de.nextnetz.rules.builtin;

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
import de.nextnetz.rules.fees.FeeClaimLimitationApproaching;
import de.nextnetz.rules.fees.FeeClaimTimeBarred;
import de.nextnetz.rules.fees.FeeDefaultNeedsReminder;
import de.nextnetz.rules.fees.FeeDue;
import de.nextnetz.rules.fees.FeeInDefault;
import de.nextnetz.rules.fees.FeeOverpaid;
import de.nextnetz.rules.law.MandateRetention;
import de.nextnetz.rules.law.RetentionPeriods;
import de.nextnetz.rules.law.TaxThresholds;
import de.nextnetz.rules.privacy.DataErasureDue;
import de.nextnetz.rules.privacy.DataRequestOverdue;
import de.nextnetz.rules.privacy.DataRestrictionRequired;
import de.nextnetz.rules.privacy.DataRetentionActive;
import de.nextnetz.rules.tax.AllowanceDoubleClaim;
import de.nextnetz.rules.tax.BoardLiabilityPrivilegeLost;
import de.nextnetz.rules.tax.MemberFeeAverageAboveAeao;
import de.nextnetz.rules.tax.AllowanceEhrenamtExceeded;
import de.nextnetz.rules.tax.AllowanceUebungsleiterExceeded;
import de.nextnetz.rules.tax.EconomicBusinessThresholdExceeded;
import de.nextnetz.rules.tax.FundsNotUsedInTime;
import de.nextnetz.rules.tax.FundsTimelyUseExempt;
import de.nextnetz.rules.tax.FundsTransition2026Open;
import de.nextnetz.rules.tax.ReceiptAmountWordsMismatch;
import de.nextnetz.rules.tax.ReceiptCollectiveSumMismatch;
import de.nextnetz.rules.tax.ReceiptCollectiveSpansYears;
import de.nextnetz.rules.tax.ReceiptCopyMissing;
import de.nextnetz.rules.tax.ReceiptDuplicate;
import de.nextnetz.rules.tax.ReceiptWrongForm;
import de.nextnetz.rules.tax.ReceiptTemplateTextDeviates;
import de.nextnetz.rules.tax.ReceiptPageLimitExceeded;
import de.nextnetz.rules.tax.ReceiptTransmissionLate;
import de.nextnetz.rules.tax.ReceiptSimplifiedProofAvailable;
import de.nextnetz.rules.tax.ReceiptSimplifiedBelegIncomplete;
import de.nextnetz.rules.tax.ReceiptToNonTaxpayer;
import de.nextnetz.rules.tax.ReceiptFeeNotDeductible;
import de.nextnetz.rules.tax.ReceiptForConsideration;
import de.nextnetz.rules.tax.ReceiptNotAllowedNoNotice;
import de.nextnetz.rules.tax.ReceiptNotAllowedNoticeExpired;
import de.nextnetz.rules.tax.ReserveFormedLate;
import de.nextnetz.rules.tax.ReserveFreeLimitExceeded;
import de.nextnetz.rules.tax.ReservePurposeLapsed;
import de.nextnetz.rules.tax.TaxNoticeExpiring;
import de.nextnetz.rules.tax.SatzungTaxClauseMissing;
import de.nextnetz.rules.tax.SatzungTaxClauseNotWholePeriod;
import de.nextnetz.rules.tax.TaxPurposeNotInCatalogue;
import de.nextnetz.rules.tax.TaxReturnDue;
import de.nextnetz.rules.tax.TaxReturnOverdue;
import de.nextnetz.rules.fees.SepaCreditorIdMissing;
import de.nextnetz.rules.fees.SepaIbanNotNormalised;
import de.nextnetz.rules.fees.SepaMandateExpired;
import de.nextnetz.rules.fees.SepaMandateMissing;
import de.nextnetz.rules.fees.SepaMandateReferenceInvalid;
import de.nextnetz.rules.fees.SepaRefundWindowOpen;
import de.nextnetz.rules.fees.SepaSequenceInconsistent;
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
import de.nextnetz.rules.assembly.ResolutionWithoutMeetingInvalid;
import de.nextnetz.rules.satzung.SatzungExitExcluded;
import de.nextnetz.rules.satzung.SatzungExitPeriodTooLong;
import de.nextnetz.rules.satzung.SatzungMinorityQuorumInvalid;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.rules.PortfolioRule;
import de.nextnetz.rules.RuleEngine;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.law.BaseRates;
import de.nextnetz.rules.law.DuesLaw;
import de.nextnetz.rules.law.Transit;
import java.math.BigDecimal;
import de.nextnetz.rules.municipal.MunicipalCostSharesInconsistent;
import de.nextnetz.rules.municipal.MunicipalFeeNotAsResolved;
import de.nextnetz.rules.municipal.MunicipalNoticeDeadline;
import de.nextnetz.rules.municipal.MunicipalPaymentNotAsResolved;
import de.nextnetz.rules.municipal.MunicipalResolutionMissing;
import de.nextnetz.rules.municipal.MunicipalStartBeforeCondition;
import java.time.Period;
import java.util.List;

/**
 * The built-in catalogue: one explicit list of every rule, in the order reports list them, the engines that run
 * them, and the rules that take a setting. The rule classes themselves are internal to the module; a rule is
 * known outside by its {@link de.nextnetz.rules.RuleId} and {@link de.nextnetz.rules.RuleDefinition}.
 *
 * <pre>{@code
 * RuleEngine<Association> engine = RuleEngine.forAssociations().addRules(BuiltInRules.all())
 *     .replaceRule(BuiltInRules.boardTermExpiringSoon(30)).build();
 * }</pre>
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** {@return an engine with the built-in statute catalogue ({@link #all()})} */
  public static RuleEngine<Association> engine() {
    return RuleEngine.forAssociations().addRules(all()).build();
  }

  /** {@return an engine with the built-in rules over a municipality's portfolio ({@link #portfolio()})} */
  public static RuleEngine<MunicipalPortfolio> portfolioEngine() {
    return RuleEngine.forPortfolios().addRules(portfolio()).build();
  }

  /** {@return every built-in portfolio rule, with default settings, in report order} */
  public static List<PortfolioRule> portfolio() {
    return List.of(new MunicipalResolutionMissing(), new MunicipalStartBeforeCondition(),
        new MunicipalCostSharesInconsistent(), new MunicipalFeeNotAsResolved(), new MunicipalPaymentNotAsResolved(),
        new MunicipalNoticeDeadline());
  }

  /**
   * {@code BOARD_TERM_EXPIRING_SOON} with another lead time; its deadline carries the same lead time to calendars.
   *
   * @param leadDays how many days before the end of the term to warn, at least 0 (the default is 90)
   * @return the rule, to replace the default one ({@link RuleEngine.Builder#replaceRule})
   * @throws IllegalArgumentException if the lead time is negative
   */
  public static StatuteRule boardTermExpiringSoon(int leadDays) {
    return new BoardTermExpiringSoon(leadDays);
  }

  /**
   * {@code MV_INVITATION_LATE} with other days in transit for invitations whose receipt is not recorded.
   *
   * @param transit the days in transit by form of the invitation (the default is {@link Transit#DEFAULT})
   * @return the rule, to replace the default one
   */
  public static StatuteRule invitationLate(Transit transit) {
    return new MvInvitationLate(transit);
  }

  /**
   * {@code MV_MINORITY_DEMAND_NOT_HONOURED} with another time for the board to call the assembly. The BGB sets
   * no time (§ 37 Abs. 2 BGB); six weeks is a convention.
   *
   * @param response the time counted from the demand's receipt, positive (the default is six weeks)
   * @return the rule, to replace the default one
   * @throws IllegalArgumentException if the time is not positive
   */
  public static StatuteRule minorityDemandNotHonoured(Period response) {
    return new MvMinorityDemandNotHonoured(response);
  }

  /**
   * {@code BOARD_CHANGE_NOT_FILED} with a time of the user's own to file a change of the board with the register.
   * § 67 BGB asks for the filing without setting a time, so the default rule sets none; a period given here is a
   * convention, and the finding says so.
   *
   * @param filingWithin the time counted from the change, positive
   * @return the rule, to replace the default one
   * @throws IllegalArgumentException if the time is not positive
   */
  public static StatuteRule boardChangeNotFiled(Period filingWithin) {
    return new BoardChangeNotFiled(filingWithin);
  }

  /**
   * {@code FEE_IN_DEFAULT} with a base-rate table and interest margin of the user's own: rows the reference could
   * not confirm corrected, the rate of a new half-year added, or nine points for a fee that is consideration
   * (§ 288 Abs. 2 BGB).
   *
   * @param rates the base rates (§ 247 BGB); the default is {@link BaseRates#DEFAULT}
   * @param margin the points above the base rate; the default is {@link DuesLaw#INTEREST_MARGIN}
   * @return the rule, to replace the default one
   */
  public static StatuteRule feeInDefault(BaseRates rates, BigDecimal margin) {
    return new FeeInDefault(rates, margin);
  }

  /**
   * {@code FEE_CLAIM_LIMITATION_APPROACHING} with another lead time. The law sets none; 60 days is a convention.
   *
   * @param leadDays how many days before the claim becomes time-barred to warn, at least 0
   * @return the rule, to replace the default one
   * @throws IllegalArgumentException if the lead time is negative
   */
  public static StatuteRule feeClaimLimitationApproaching(int leadDays) {
    return new FeeClaimLimitationApproaching(leadDays);
  }

  /**
   * The three retention rules ({@code DATA_RETENTION_ACTIVE}, {@code DATA_RESTRICTION_REQUIRED},
   * {@code DATA_ERASURE_DUE}) with retention settings of the user's own: a retention table with a row the law added,
   * the other reading of how long a mandate is kept, another number of grace days after a membership ends (the law
   * sets none; 30 is a convention).
   *
   * @param periods the retention periods; the default is {@link RetentionPeriods#DEFAULT}
   * @param mandates how long a mandate is kept; the default is {@link MandateRetention#AS_VOUCHER}
   * @param graceDays the days after the end of a membership until the member entry goes, at least 0
   * @return the three rules, to replace the default ones
   * @throws IllegalArgumentException if the grace days are negative
   */
  public static List<StatuteRule> dataRetention(RetentionPeriods periods, MandateRetention mandates, int graceDays) {
    return List.of(new DataRetentionActive(periods, mandates, graceDays),
        new DataRestrictionRequired(periods, mandates, graceDays), new DataErasureDue(periods, mandates, graceDays));
  }

  /**
   * The rules that judge by the dated amounts of the tax law ({@code FUNDS_*}, {@code ECONOMIC_BUSINESS_*},
   * {@code ALLOWANCE_*}, {@code BOARD_LIABILITY_PRIVILEGE_LOST}) with a table of the user's own: a row the reference could not confirm corrected, or the
   * amount of a new law added ({@code TaxThresholds.DEFAULT.with(row)}).
   *
   * @param thresholds the dated amounts; the default is {@link TaxThresholds#DEFAULT}
   * @return the rules, to replace the default ones
   */
  public static List<StatuteRule> taxThresholds(TaxThresholds thresholds) {
    return List.of(new FundsTimelyUseExempt(thresholds),
        new FundsNotUsedInTime(thresholds),
        new FundsTransition2026Open(thresholds),
        new EconomicBusinessThresholdExceeded(thresholds),
        new AllowanceUebungsleiterExceeded(thresholds),
        new AllowanceEhrenamtExceeded(thresholds),
        new BoardLiabilityPrivilegeLost(thresholds),
        new MemberFeeAverageAboveAeao(thresholds));
  }

  /**
   * {@code TAX_NOTICE_EXPIRING} with another lead time. The law sets none; 180 days is a convention.
   *
   * @param leadDays how many days before the last day of receipt authority to warn, at least 0
   * @return the rule, to replace the default one
   * @throws IllegalArgumentException if negative
   */
  public static StatuteRule taxNoticeExpiring(int leadDays) {
    return new TaxNoticeExpiring(leadDays);
  }

  /**
   * {@code MUNICIPAL_NOTICE_DEADLINE} with another lead time before the last day to give notice.
   *
   * @param leadDays how many days before the last day to warn, at least 0
   * @return the rule, to replace the default one
   * @throws IllegalArgumentException if the lead time is negative
   */
  public static PortfolioRule municipalNoticeDeadline(int leadDays) {
    return new MunicipalNoticeDeadline(leadDays);
  }

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
        new FeeInDefault(),
        new FeeDefaultNeedsReminder(),
        new FeeClaimLimitationApproaching(),
        new FeeClaimTimeBarred(),
        new FeeOverpaid(),
        new SepaCreditorIdMissing(),
        new SepaMandateMissing(),
        new SepaMandateExpired(),
        new SepaMandateReferenceInvalid(),
        new SepaIbanNotNormalised(),
        new SepaSequenceInconsistent(),
        new SepaRefundWindowOpen(),
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
        new MvMinorityDemandNotHonoured(),
        new MemberExitEffectiveDate(),
        new MemberExitFormInvalid(),
        new SatzungExitPeriodTooLong(),
        new SatzungExitExcluded(),
        new SatzungMinorityQuorumInvalid(),
        new SatzungChangeNotYetEffective(),
        new BoardChangeNotFiled(),
        new DataRetentionActive(),
        new DataRestrictionRequired(),
        new DataErasureDue(),
        new DataRequestOverdue(),
        new TaxPurposeNotInCatalogue(),
        new SatzungTaxClauseMissing(),
        new SatzungTaxClauseNotWholePeriod(),
        new TaxNoticeExpiring(),
        new FundsTimelyUseExempt(),
        new FundsNotUsedInTime(),
        new FundsTransition2026Open(),
        new ReserveFreeLimitExceeded(),
        new ReserveFormedLate(),
        new ReservePurposeLapsed(),
        new EconomicBusinessThresholdExceeded(),
        new AllowanceUebungsleiterExceeded(),
        new AllowanceEhrenamtExceeded(),
        new AllowanceDoubleClaim(),
        new BoardLiabilityPrivilegeLost(),
        new MemberFeeAverageAboveAeao(),
        new TaxReturnDue(),
        new TaxReturnOverdue(),
        new ReceiptNotAllowedNoNotice(),
        new ReceiptNotAllowedNoticeExpired(),
        new ReceiptAmountWordsMismatch(),
        new ReceiptFeeNotDeductible(),
        new ReceiptForConsideration(),
        new ReceiptCollectiveSumMismatch(),
        new ReceiptCopyMissing(),
        new ReceiptDuplicate(),
        new ReceiptWrongForm(),
        new ReceiptTemplateTextDeviates(),
        new ReceiptPageLimitExceeded(),
        new ReceiptTransmissionLate(),
        new ReceiptCollectiveSpansYears(),
        new ReceiptSimplifiedProofAvailable(),
        new ReceiptSimplifiedBelegIncomplete(),
        new ReceiptToNonTaxpayer());
  }
}
