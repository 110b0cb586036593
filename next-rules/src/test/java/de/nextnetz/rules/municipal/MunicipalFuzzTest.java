package de.nextnetz.rules.municipal;

import de.nextnetz.rules.report.BudgetYear;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.FeeProration;
import de.nextnetz.domain.municipal.ImmutableMunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.domain.seeds.NextSeeds;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

class MunicipalFuzzTest {

  /** For any fee and any shares, the departments' amounts of a year sum to the fee for that year, to the cent. */
  @FuzzTest
  void the_departments_amounts_sum_to_the_fee(FuzzedDataProvider data) {
    Money fee = Money.ofCents(data.consumeLong(0, 100_000_000L), Money.EUR);
    int departments = data.consumeInt(0, 8);
    List<CostShare> shares = new ArrayList<>();
    for (int i = 0; i < departments; i++) {
      shares.add(CostShare.of("Dezernat " + (i + 1), Money.ofCents(data.consumeLong(0, 100_000_000L), Money.EUR)));
    }
    LocalDate start = LocalDate.of(2020, 1, 1).plusDays(data.consumeInt(0, 3000));
    ImmutableMunicipalMembership membership = ImmutableMunicipalMembership.copyOf(NextSeeds.wiesbadenMembership())
        .withAnnualFee(fee).withCostShares(shares).withStart(start)
        .withFirstYearProration(data.pickValue(FeeProration.values()))
        .withLastYearProration(data.pickValue(FeeProration.values()));
    MunicipalMembership member = data.consumeBoolean()
        ? membership.withEnd(start.plusDays(data.consumeInt(0, 2000))) : membership;
    Year year = Year.of(data.consumeInt(2019, 2030));

    BudgetYear budget = BudgetYear.of(MunicipalPortfolio.builder().municipality(NextSeeds.wiesbaden())
        .addMembership(member).build(), year);

    long sum = budget.getLines().stream().mapToLong(line -> line.getAmount().cents()).sum();
    assertThat(sum).isEqualTo(BudgetYear.feeFor(member, year).cents());
    assertThat(BudgetYear.feeFor(member, year).cents()).isBetween(0L, fee.cents());
    assertThat(budget.getLines()).allMatch(line -> !line.getAmount().isNegative());
  }

  /** The notice deadline is never after the exit date it serves, and the exit is reached by notice given that day. */
  @FuzzTest
  void the_notice_deadline_is_never_after_the_exit(FuzzedDataProvider data) {
    LocalDate received = LocalDate.of(2000, 1, 1).plusDays(data.consumeInt(0, 20_000));
    int months = data.consumeInt(0, 24);

    LocalDate exit = NoticeDeadline.exitAtYearEnd(received, months);
    LocalDate latest = NoticeDeadline.latestReceipt(exit, months);

    assertThat(latest).isBeforeOrEqualTo(exit).isAfterOrEqualTo(received);
    assertThat(NoticeDeadline.latestReceipt(exit.minusYears(1), months)).isBefore(received);
  }
}
