package de.nextnetz.bench;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.dues.Payment;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.statute.Fee;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.RuleEngine;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.law.Ledgers;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A dues run: every member's ledger (fee years from the Satzung, payments matched, default interest) and the
 * whole catalogue, over {@code members} members with ten payments each on average, against a hand-written loop
 * that only sums each member's payments (the floor: no fee years, no matching, no interest).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@SuppressWarnings("NullAway.Init") // JMH calls the @Setup method before any benchmark
public class DuesBenchmark {

  /** The day of the run. */
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);

  /** The number of members. */
  @Param({"10000"})
  public int members;

  private Association association;
  private final RuleEngine<Association> engine = BuiltInRules.engine();

  /** Builds the association and its payments once per trial. */
  @Setup
  public void build() {
    association = withDues(Generated.association(members, 42), 42);
  }

  /**
   * The generated association with a fee for every kind due on 31 March, and for each member and year from its
   * start to 2026 one payment (5 % of them missing, 5 % half, 2 % late), about ten per member in all.
   *
   * @param association the association
   * @param seed the seed
   * @return the association with dues
   */
  static Association withDues(Association association, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StatuteVersion version = association.getStatute().getVersions().get(0).toBuilder()
        .fees(List.of(Fee.of(MembershipKind.PERSONAL, Money.euros("150.00")),
            Fee.of(MembershipKind.INSTITUTIONAL, Money.euros("2500.00")),
            Fee.of(MembershipKind.ASSOCIATED, Money.euros("1000.00"))))
        .feeDueDay(MonthDay.of(3, 31)).build();
    List<Payment> payments = new ArrayList<>();
    for (Member member : association.getMembers()) {
      Money fee = member.getAnnualFee().orElse(Money.euros(member.getKind() == MembershipKind.INSTITUTIONAL
          ? "2500.00" : "150.00"));
      for (int year = Math.max(2017, member.getStart().getYear()); year <= 2026; year++) {
        int roll = random.nextInt(100);
        if (roll < 5) {
          continue;
        }
        Money amount = roll < 10 ? Money.ofCents(fee.cents() / 2, Money.EUR) : fee;
        LocalDate day = LocalDate.of(year, 3, roll < 12 ? 30 : 20).plusDays(roll < 12 ? 40 : 0);
        if (day.isBefore(member.getStart())) {
          day = member.getStart();
        }
        payments.add(Payment.builder().id(String.format(Locale.ROOT, "%s-%d", member.getId(), year))
            .memberId(member.getId()).day(day).amount(amount).feeYear(Year.of(year)).build());
      }
    }
    return association.toBuilder().statute(Statute.of(version))
        .dues(Dues.builder().recordedFrom(LocalDate.of(2017, 1, 1)).payments(payments).build()).build();
  }

  /**
   * Every member's ledger.
   *
   * @return the ledgers
   */
  @Benchmark
  public Ledgers ledgers() {
    return Ledgers.of(association, AS_OF).orElseThrow();
  }

  /**
   * The whole catalogue, the dues rules among them.
   *
   * @return the report
   */
  @Benchmark
  public CheckReport fullCatalogue() {
    return engine.check(association, AS_OF);
  }

  /**
   * The floor: each member's payments summed in one pass.
   *
   * @return the sums by member
   */
  @Benchmark
  public Map<String, Long> handLoop() {
    Map<String, Long> paid = new HashMap<>();
    for (Payment payment : association.getDues().orElseThrow().getPayments()) {
      if (!payment.getDay().isAfter(AS_OF)) {
        paid.merge(payment.getMemberId(), payment.getAmount().cents(), Long::sum);
      }
    }
    return paid;
  }
}
