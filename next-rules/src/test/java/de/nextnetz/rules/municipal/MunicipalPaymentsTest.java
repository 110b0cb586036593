package de.nextnetz.rules.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.municipal.DepartmentPayment;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.report.BudgetYear;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What Wiesbaden's departments paid against their shares under resolution Nr. 0057 (1,000 EUR, 500 EUR each from
 * Dezernat VII and Dezernat II). The payments are test data: the seeds record no payments.
 */
class MunicipalPaymentsTest {

  private static DepartmentPayment paid(String department, int year, String day, String euros) {
    return DepartmentPayment.builder().department(department).budgetYear(Year.of(year)).day(LocalDate.parse(day))
        .amount(Money.euros(euros)).build();
  }

  private static MunicipalPortfolio withPayments(DepartmentPayment... payments) {
    MunicipalMembership wiesbaden = NextSeeds.wiesbadenMembership().toBuilder().addPayments(payments).build();
    return MunicipalPortfolio.builder().municipality(NextSeeds.wiesbaden()).addMemberships(wiesbaden).build();
  }

  private static List<String> findings(MunicipalPortfolio portfolio, String asOf) {
    return BuiltInRules.portfolioEngine().check(portfolio, LocalDate.parse(asOf)).findings().stream()
        .filter(f -> f.ruleId().equals(MunicipalPaymentNotAsResolved.DEFINITION.id()))
        .map((Finding f) -> f.message(Locale.ENGLISH)).toList();
  }

  @Test
  @DisplayName("Beschluss Nr. 0057, 2.2: the budget year 2025 shows per department what it owes, paid and has open")
  void the_budget_year_shows_paid_and_open() {
    BudgetYear budget = BudgetYear.of(withPayments(paid("Dezernat VII", 2025, "2025-03-15", "500.00"),
        paid("Dezernat II", 2025, "2025-04-01", "450.00")), Year.of(2025));
    assertThat(budget.getLines()).extracting(BudgetYear.Line::getDepartment, BudgetYear.Line::getAmount,
            BudgetYear.Line::getPaid, BudgetYear.Line::getOpen)
        .containsExactly(tuple("Dezernat VII", Money.euros("500.00"), Money.euros("500.00"), Money.euros("0.00")),
            tuple("Dezernat II", Money.euros("500.00"), Money.euros("450.00"), Money.euros("50.00")));
  }

  @Test
  @DisplayName("Beschluss Nr. 0057, 2.2: a share paid in full is silent; 450 of 500 EUR is flagged once 2025 has ended, not before")
  void an_open_share_is_flagged_after_the_year() {
    MunicipalPortfolio portfolio = withPayments(paid("Dezernat VII", 2025, "2025-03-15", "500.00"),
        paid("Dezernat II", 2025, "2025-04-01", "450.00"));
    assertThat(findings(portfolio, "2025-12-31")).isEmpty();
    assertThat(findings(portfolio, "2026-01-01")).containsExactly("Dezernat II paid €450.00 for the membership in the"
        + " NExT e. V. for 2025, which has ended; its share under resolution Nr. 0057 is €500.00.");
  }

  @Test
  @DisplayName("Beschluss Nr. 0057, 2.2: more than the share, and a department the resolution does not name, are flagged at once")
  void more_than_the_share_and_another_department() {
    MunicipalPortfolio portfolio = withPayments(paid("Dezernat VII", 2026, "2026-02-01", "600.00"),
        paid("Dezernat III", 2026, "2026-02-02", "100.00"));
    assertThat(findings(portfolio, "2026-03-01")).containsExactlyInAnyOrder(
        "Dezernat VII paid €600.00 for the membership in the NExT e. V. for 2026; its share under resolution Nr. 0057"
            + " is €500.00.",
        "Dezernat III paid €100.00 for the membership in the NExT e. V. for 2026, but resolution Nr. 0057 gives it"
            + " no share.");
    assertThat(findings(portfolio, "2026-01-31")).as("payments after the day do not count yet").isEmpty();
  }

  @Test
  @DisplayName("Without recorded payments the rule does not judge: the seeded portfolio is not applicable")
  void without_payments_not_applicable() {
    assertThat(BuiltInRules.portfolioEngine().check(NextSeeds.wiesbadenPortfolio(), LocalDate.of(2026, 3, 1))
        .outcome(MunicipalPaymentNotAsResolved.DEFINITION.id()).orElseThrow().status())
        .isEqualTo(de.nextnetz.rules.Status.NOT_APPLICABLE);
  }
}
