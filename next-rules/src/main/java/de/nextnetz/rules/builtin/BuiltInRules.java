package de.nextnetz.rules.builtin;

import de.nextnetz.rules.admission.AdmissionRules;
import de.nextnetz.rules.assembly.AssemblyRules;
import de.nextnetz.rules.board.BoardRules;
import de.nextnetz.rules.fees.FeeRules;
import de.nextnetz.rules.municipal.MunicipalRules;
import de.nextnetz.rules.privacy.PrivacyRules;
import de.nextnetz.rules.rhythm.RhythmRules;
import de.nextnetz.rules.satzung.SatzungRules;
import de.nextnetz.rules.tax.TaxRules;

import de.nextnetz.rules.law.RetentionSettings;
import de.nextnetz.rules.law.TaxThresholds;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.rules.PortfolioRule;
import de.nextnetz.rules.RuleEngine;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.law.BaseRates;
import de.nextnetz.rules.law.DuesLaw;
import de.nextnetz.rules.law.Transit;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

/**
 * The built-in catalogue: every rule, in the order reports list them (each rule package's list, composed in
 * {@link #all()}), the engines that run them, and the rules that take a setting. The rule classes themselves are
 * package-private; a rule is known outside by its {@link de.nextnetz.rules.RuleId} and
 * {@link de.nextnetz.rules.RuleDefinition}.
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
    return MunicipalRules.all();
  }

  /**
   * {@code BOARD_TERM_EXPIRING_SOON} with another lead time; its deadline carries the same lead time to calendars.
   *
   * @param leadDays how many days before the end of the term to warn, at least 0 (the default is 90)
   * @return the rule, to replace the default one ({@link RuleEngine.Builder#replaceRule})
   * @throws IllegalArgumentException if the lead time is negative
   */
  public static StatuteRule boardTermExpiringSoon(int leadDays) {
    return BoardRules.termExpiringSoon(leadDays);
  }

  /**
   * {@code MV_INVITATION_LATE} with other days in transit for invitations whose receipt is not recorded.
   *
   * @param transit the days in transit by form of the invitation (the default is {@link Transit#DEFAULT})
   * @return the rule, to replace the default one
   */
  public static StatuteRule invitationLate(Transit transit) {
    return AssemblyRules.invitationLate(transit);
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
    return AssemblyRules.minorityDemandNotHonoured(response);
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
    return BoardRules.changeNotFiled(filingWithin);
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
    return FeeRules.inDefault(rates, margin);
  }

  /**
   * {@code FEE_CLAIM_LIMITATION_APPROACHING} with another lead time. The law sets none; 60 days is a convention.
   *
   * @param leadDays how many days before the claim becomes time-barred to warn, at least 0
   * @return the rule, to replace the default one
   * @throws IllegalArgumentException if the lead time is negative
   */
  public static StatuteRule feeClaimLimitationApproaching(int leadDays) {
    return FeeRules.claimLimitationApproaching(leadDays);
  }

  /**
   * The three retention rules ({@code DATA_RETENTION_ACTIVE}, {@code DATA_RESTRICTION_REQUIRED},
   * {@code DATA_ERASURE_DUE}) with retention settings of the user's own: a retention table with a row the law added,
   * the other reading of how long a mandate is kept, another number of grace days after a membership ends (the law
   * sets none; 30 is a convention).
   *
   * @param settings the retention table, the mandates' reading and the grace days; the default is
   *     {@link RetentionSettings#DEFAULT}
   * @return the three rules, to replace the default ones ({@link RuleEngine.Builder#replaceRules})
   */
  public static List<StatuteRule> dataRetention(RetentionSettings settings) {
    return PrivacyRules.retention(settings);
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
    return TaxRules.thresholds(thresholds);
  }

  /**
   * {@code TAX_NOTICE_EXPIRING} with another lead time. The law sets none; 180 days is a convention.
   *
   * @param leadDays how many days before the last day of receipt authority to warn, at least 0
   * @return the rule, to replace the default one
   * @throws IllegalArgumentException if negative
   */
  public static StatuteRule taxNoticeExpiring(int leadDays) {
    return TaxRules.noticeExpiring(leadDays);
  }

  /**
   * {@code MUNICIPAL_NOTICE_DEADLINE} with another lead time before the last day to give notice.
   *
   * @param leadDays how many days before the last day to warn, at least 0
   * @return the rule, to replace the default one
   * @throws IllegalArgumentException if the lead time is negative
   */
  public static PortfolioRule municipalNoticeDeadline(int leadDays) {
    return MunicipalRules.noticeDeadline(leadDays);
  }

  /**
   * {@return every built-in rule, with default settings: board, admission, rhythm, fees, general assembly and
   * resolutions, minority demands, exits, the Satzung and the register, personal data, tax status}
   */
  public static List<StatuteRule> all() {
    List<StatuteRule> all = new java.util.ArrayList<>(100);
    all.addAll(BoardRules.all());
    all.addAll(AdmissionRules.all());
    all.addAll(RhythmRules.all());
    all.addAll(FeeRules.all());
    all.addAll(AssemblyRules.all());
    all.addAll(SatzungRules.all());
    all.add(AssemblyRules.satzungChangeNotYetEffective());
    all.add(BoardRules.changeNotFiled());
    all.addAll(PrivacyRules.all());
    all.addAll(TaxRules.all());
    return List.copyOf(all);
  }
}
