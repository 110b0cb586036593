package de.nextnetz.rules.municipal;

import de.nextnetz.rules.report.BudgetYear;
import de.nextnetz.rules.builtin.BuiltInRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.FeeProration;
import de.nextnetz.domain.municipal.ImmutableCouncilResolution;
import de.nextnetz.domain.municipal.ImmutableMunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.domain.municipal.ResolutionCondition;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.Status;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.statute.ExitDate;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.law.ExitLaw;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MunicipalTest {

  private static ImmutableMunicipalMembership wiesbaden() {
    return ImmutableMunicipalMembership.copyOf(NextSeeds.wiesbadenMembership());
  }

  private static MunicipalPortfolio portfolioOf(MunicipalMembership... memberships) {
    return MunicipalPortfolio.builder().municipality(NextSeeds.wiesbaden()).addMemberships(memberships).build();
  }

  private static Outcome outcome(MunicipalPortfolio portfolio, LocalDate asOf, de.nextnetz.rules.RuleId rule) {
    return BuiltInRules.portfolioEngine().check(portfolio, asOf).outcomes().stream()
        .filter(o -> o.ruleId().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("Beschluss Nr. 0057: in 2025 Dezernat II and Dezernat VII each owe 500.00 EUR, executed by Dezernat III/20")
  void wiesbaden_owes_500_per_department_in_2025() {
    BudgetYear budget = BudgetYear.of(NextSeeds.wiesbadenPortfolio(), Year.of(2025));

    assertThat(budget.getLines()).extracting(BudgetYear.Line::getDepartment, BudgetYear.Line::getAmount,
            line -> line.getExecutingUnit().orElse("-"))
        .containsExactly(tuple("Dezernat VII", Money.euros("500.00"), "Dezernat III/20"),
            tuple("Dezernat II", Money.euros("500.00"), "Dezernat III/20"));
    assertThat(budget.getTotalsByDepartment()).containsEntry("Dezernat II", Money.euros("500.00"))
        .containsEntry("Dezernat VII", Money.euros("500.00"));
    assertThat(budget.getTotal()).contains(Money.euros("1000.00"));
    assertThat(BudgetYear.of(NextSeeds.wiesbadenPortfolio(), Year.of(2023)).getLines()).isEmpty();
  }

  @Test
  @DisplayName("A 1,000 EUR fee in three equal shares: 333.34 + 333.33 + 333.33, the remainder cent to the first department")
  void three_departments_share_the_remainder_by_rule() {
    MunicipalMembership three = wiesbaden().withCostShares(
        CostShare.splitEvenly(Money.euros("1000"), List.of("Dezernat I", "Dezernat II", "Dezernat VII")));

    assertThat(BudgetYear.of(portfolioOf(three), Year.of(2025)).getLines()).extracting(BudgetYear.Line::getAmount)
        .containsExactly(Money.euros("333.34"), Money.euros("333.33"), Money.euros("333.33"));
  }

  @Test
  void first_and_last_year_follow_the_proration_policy() {
    ImmutableMunicipalMembership joinedInApril = wiesbaden().withStart(LocalDate.of(2025, 4, 1))
        .withEnd(LocalDate.of(2027, 9, 30));
    assertThat(BudgetYear.feeFor(joinedInApril, Year.of(2025))).as("default: full year").isEqualTo(Money.euros("1000.00"));
    ImmutableMunicipalMembership monthly = joinedInApril.withFirstYearProration(FeeProration.MONTHS)
        .withLastYearProration(FeeProration.MONTHS);
    assertThat(BudgetYear.feeFor(monthly, Year.of(2025))).as("April to December: 9/12").isEqualTo(Money.euros("750.00"));
    assertThat(BudgetYear.feeFor(monthly, Year.of(2026))).isEqualTo(Money.euros("1000.00"));
    assertThat(BudgetYear.feeFor(monthly, Year.of(2027))).as("January to September").isEqualTo(Money.euros("750.00"));
    assertThat(BudgetYear.feeFor(monthly, Year.of(2028))).isEqualTo(Money.euros("0.00"));
    assertThat(BudgetYear.feeFor(joinedInApril.withFirstYearProration(FeeProration.NONE), Year.of(2025)))
        .isEqualTo(Money.euros("0.00"));
  }

  @Test
  @DisplayName("Beschluss Nr. 0057: Wiesbaden's membership rests on the resolution, with the fee it approved")
  void wiesbaden_complies_and_its_budget_condition_is_unknown() {
    CheckReport report = BuiltInRules.portfolioEngine().check(NextSeeds.wiesbadenPortfolio(), LocalDate.of(2025, 1, 1));
    assertThat(report.findings()).isEmpty();
    assertThat(outcome(NextSeeds.wiesbadenPortfolio(), LocalDate.of(2025, 1, 1), MunicipalStartBeforeCondition.DEFINITION.id()))
        .satisfies(o -> {
          assertThat(o.status()).isEqualTo(Status.UNKNOWN);
          assertThat(o.missingFacts()).containsExactly("/memberships/0/resolution/conditions/0/metOn");
        });
    assertThat(outcome(NextSeeds.wiesbadenPortfolio(), LocalDate.of(2025, 1, 1), MunicipalNoticeDeadline.DEFINITION.id())
        .missingFacts()).containsExactly("/memberships/0/exitNoticeMonths", "/memberships/0/exitOnlyAtYearEnd");
  }

  @Test
  void each_municipal_rule_finds_its_case() {
    MunicipalMembership noResolution = ImmutableMunicipalMembership.copyOf(wiesbaden()).withResolution(java.util.Optional.empty());
    MunicipalMembership early = wiesbaden().withStart(LocalDate.of(2024, 3, 1));
    MunicipalMembership beforeBudget = wiesbaden().withResolution(ImmutableCouncilResolution
        .copyOf(NextSeeds.wiesbadenResolution0057())
        .withConditions(ResolutionCondition.builder().description("Wirksamwerden des Haushaltes 2024")
            .metOn(LocalDate.of(2024, 11, 1)).build()));
    MunicipalMembership shortShares = wiesbaden().withCostShares(CostShare.of("Dezernat VII", Money.euros("500")));
    MunicipalMembership dearer = wiesbaden().withAnnualFee(Money.euros("1200")).withCostShares(
        CostShare.splitEvenly(Money.euros("1200"), List.of("Dezernat VII", "Dezernat II")));

    CheckReport report = BuiltInRules.portfolioEngine().check(portfolioOf(noResolution, early, beforeBudget, shortShares, dearer),
        LocalDate.of(2025, 1, 1));

    assertThat(report.findings()).extracting(f -> f.ruleId().value(), Finding::path).containsExactly(
        tuple("MUNICIPAL_RESOLUTION_MISSING", "/memberships/0"),
        tuple("MUNICIPAL_COST_SHARES_INCONSISTENT", "/memberships/3/costShares"),
        tuple("MUNICIPAL_START_BEFORE_CONDITION", "/memberships/1/start"),
        tuple("MUNICIPAL_START_BEFORE_CONDITION", "/memberships/2/start"),
        tuple("MUNICIPAL_FEE_NOT_AS_RESOLVED", "/memberships/4/annualFee"));
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings().get(3).message(Locale.GERMAN)).isEqualTo(
        "Die Mitgliedschaft beginnt am 29. Oktober 2024, bevor die Bedingung „Wirksamwerden des Haushaltes 2024“ am 1. November 2024 eintrat.");
  }

  @Test
  @DisplayName("§ 39 Abs. 2 BGB, reference vector 8: 3 months to year end: received 30 Sep 2025 leaves on 31 Dec 2025, 1 Oct on 31 Dec 2026")
  void notice_to_the_end_of_the_year() {
    assertThat(NoticeDeadline.exitAtYearEnd(LocalDate.of(2025, 9, 30), 3)).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(NoticeDeadline.exitAtYearEnd(LocalDate.of(2025, 10, 1), 3)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(NoticeDeadline.latestReceipt(LocalDate.of(2025, 6, 30), 1)).as("reference vector 9").isEqualTo(LocalDate.of(2025, 5, 31));
    assertThat(NoticeDeadline.latestReceipt(LocalDate.of(2000, 1, 28), 11)).as("exit not on a month's last day")
        .isEqualTo(LocalDate.of(1999, 2, 28));
    assertThat(NoticeDeadline.latestReceipt(LocalDate.of(2025, 12, 31), 3)).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(NoticeDeadline.latestReceipt(LocalDate.of(2025, 3, 30), 1)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(NoticeDeadline.latestReceipt(LocalDate.of(2025, 3, 30), 0)).isEqualTo(LocalDate.of(2025, 3, 30));
    // a second, simple reading of § 188: the latest day whose notice period ends on or before the exit
    for (LocalDate exit = LocalDate.of(1999, 1, 1); exit.isBefore(LocalDate.of(2001, 1, 1)); exit = exit.plusDays(1)) {
      for (int months = 0; months <= 24; months += 1) {
        LocalDate latest = NoticeDeadline.latestReceipt(exit, months);
        assertThat(latest.plusMonths(months)).as(exit + " " + months).isBeforeOrEqualTo(exit);
        assertThat(latest.plusDays(1).plusMonths(months)).as(exit + " " + months).isAfter(exit);
      }
    }
    assertThatThrownBy(() -> NoticeDeadline.latestReceipt(LocalDate.of(2025, 12, 31), 25))
        .hasMessage("notice months must be from 0 to 24 (§ 39 Abs. 2 BGB), but was 25");

    MunicipalMembership withNotice = wiesbaden().withExitNoticeMonths(3).withExitOnlyAtYearEnd(true);
    List<Finding> early = BuiltInRules.portfolioEngine().check(portfolioOf(withNotice), LocalDate.of(2025, 6, 1)).findings();
    assertThat(early).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.dueDate()).contains(LocalDate.of(2025, 9, 30));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("To leave NExT e. V. on 31 December 2025, notice must be received by"
          + " 30 September 2025 (121 days left; notice period 3 months; counted backward: the latest day from which"
          + " the period still ends in time, §§ 187 Abs. 1, 188 Abs. 2 and 3 BGB; § 193 BGB does not apply).");
    });
    assertThat(BuiltInRules.portfolioEngine().check(portfolioOf(withNotice), LocalDate.of(2025, 8, 1)).findings())
        .extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(BuiltInRules.portfolioEngine().check(portfolioOf(withNotice), LocalDate.of(2025, 10, 1)).findings())
        .singleElement().satisfies(f -> assertThat(f.dueDate()).contains(LocalDate.of(2026, 9, 30)));
  }

  @Test
  @DisplayName("§ 39 Abs. 2 BGB: the notice deadline's lead time, set through BuiltInRules, decides WARNING or INFO and"
      + " reaches the deadline's reminder")
  void the_notice_lead_time_changes_the_outcome() {
    MunicipalPortfolio portfolio = portfolioOf(wiesbaden().withExitNoticeMonths(3).withExitOnlyAtYearEnd(true));
    LocalDate asOf = LocalDate.of(2025, 8, 15);
    de.nextnetz.rules.RuleId id = MunicipalNoticeDeadline.DEFINITION.id();
    Outcome usual = outcome(portfolio, asOf, id);
    long daysLeft = (Long) usual.findings().get(0).facts().stream().filter(fact -> fact.name().equals("daysLeft"))
        .findFirst().orElseThrow().value();
    assertThat(usual.deadlines()).singleElement().satisfies(deadline ->
        assertThat(deadline.leadDays()).isEqualTo(MunicipalNoticeDeadline.DEFAULT_LEAD_DAYS));
    for (int lead : new int[] {(int) daysLeft - 1, (int) daysLeft}) {
      Outcome configured = de.nextnetz.rules.RuleEngine.forPortfolios()
          .addRule(BuiltInRules.municipalNoticeDeadline(lead)).build().check(portfolio, asOf).outcome(id).orElseThrow();
      assertThat(configured.findings()).singleElement().satisfies(finding -> assertThat(finding.severity())
          .isEqualTo(lead >= daysLeft ? de.nextnetz.rules.Severity.WARNING : de.nextnetz.rules.Severity.INFO));
      assertThat(configured.deadlines()).singleElement().satisfies(deadline ->
          assertThat(deadline.leadDays()).isEqualTo(lead));
    }
  }

  @Test
  @DisplayName("§ 39 Abs. 2 BGB: 24 months' notice to the year's end, the member rule and the municipal notice give"
      + " the same exit day for every receipt day from 2000 to 2040 (two years from receipt: 1 Jan 2000 -> 1 Jan 2002)")
  void member_and_municipal_exit_days_agree() {
    StatuteVersion terms = yearEnd(Period.ofMonths(24));
    assertThat(ExitLaw.exitDay(terms, LocalDate.parse("2000-01-01"))).isEqualTo(LocalDate.parse("2002-01-01"));
    assertThat(NoticeDeadline.exitAtYearEnd(LocalDate.parse("2000-01-01"), 24)).isEqualTo(LocalDate.parse("2002-01-01"));
    int[] notice = {0, 3, 12, 13, 24};
    StatuteVersion[] versions = new StatuteVersion[notice.length];
    for (int i = 0; i < notice.length; i++) {
      versions[i] = yearEnd(Period.ofMonths(notice[i]));
    }
    int days = 0;
    for (LocalDate received = LocalDate.parse("2000-01-01"); received.getYear() < 2041; received = received.plusDays(1)) {
      for (int i = 0; i < notice.length; i++) {
        int months = notice[i];
        StatuteVersion version = versions[i];
        assertThat(NoticeDeadline.exitAtYearEnd(received, months)).as("received %s, %d months", received, months)
            .isEqualTo(ExitLaw.exitDay(version, received));
      }
      days++;
    }
    assertThat(days).isEqualTo(14_976);
  }

  /** The Musterverein's Satzung with a notice period to the end of a calendar year. */
  private static StatuteVersion yearEnd(Period notice) {
    return Musterverein.association().getStatute().getVersions().get(0).toBuilder().exitNotice(notice)
        .exitOnlyAt(ExitDate.FISCAL_YEAR_END).fiscalYearEnd(MonthDay.of(12, 31)).build();
  }
}
