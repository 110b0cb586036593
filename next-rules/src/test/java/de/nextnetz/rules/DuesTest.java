package de.nextnetz.rules;

import static de.nextnetz.rules.Fixtures.check;
import static de.nextnetz.rules.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.dues.FeeDemand;
import de.nextnetz.domain.statute.Clause;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.municipal.FeeProration;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.statute.ImmutableStatuteVersion;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.time.FederalState;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.calendar.PublicHolidays;
import de.nextnetz.rules.law.BaseRates;
import de.nextnetz.rules.law.DirectDebitRun;
import de.nextnetz.rules.law.DefaultBasis;
import de.nextnetz.rules.calendar.TargetCalendar;
import de.nextnetz.rules.law.DuesLaw;
import de.nextnetz.rules.law.Interest;
import de.nextnetz.rules.law.Ledger;
import de.nextnetz.rules.law.LedgerItem;
import de.nextnetz.rules.law.Ledgers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Dues as the law computes them (reference money-and-tax, section 12.3) and the Musterverein's ledger: due days
 * moved by § 193 BGB, default without reminder, default interest with the dated base rate, limitation, and the SEPA
 * mandate's lapse.
 */
class DuesTest {

  private static final PublicHolidays BERLIN = PublicHolidays.of(FederalState.BE);
  private static final PublicHolidays HESSEN = PublicHolidays.of(FederalState.HE);

  private static Money interest(String principal, String first, String last, BigDecimal margin) {
    return DuesLaw.interest(Money.euros(principal), day(first), day(last), BaseRates.DEFAULT, margin).money();
  }

  @Nested
  class TheLaw {

    @Test
    @DisplayName("§ 193 BGB, vector 32: 31 January 2026 is a Saturday, so the fee is due Monday 2 February; default from 3 February")
    void a_due_day_on_a_saturday_moves_to_monday() {
      LocalDate due = DuesLaw.due(day("2026-01-31"), BERLIN);
      assertThat(due).isEqualTo(day("2026-02-02"));
      assertThat(DuesLaw.defaultFrom(due)).isEqualTo(day("2026-02-03"));
    }

    @Test
    @DisplayName("§§ 288 Abs. 1, 247 BGB, vector 33: 500.00 EUR in default for 30 days at 6.27 % give 2.58 EUR (9 points: 4.22 EUR)")
    void thirty_days_on_five_hundred_euros() {
      assertThat(interest("500.00", "2026-02-03", "2026-03-04", DuesLaw.INTEREST_MARGIN)).isEqualTo(Money.euros("2.58"));
      assertThat(interest("500.00", "2026-02-03", "2026-03-04", DuesLaw.INTEREST_MARGIN_CONSIDERATION))
          .isEqualTo(Money.euros("4.22"));
    }

    @Test
    @DisplayName("§§ 288 Abs. 1, 247 BGB, vector 34: 1,000.00 EUR from 1 April to 30 June 2026, 91 days, give 15.63 EUR (9 points: 25.60 EUR)")
    void ninety_one_days_on_a_thousand_euros() {
      assertThat(interest("1000.00", "2026-04-01", "2026-06-30", DuesLaw.INTEREST_MARGIN))
          .isEqualTo(Money.euros("15.63"));
      assertThat(interest("1000.00", "2026-04-01", "2026-06-30", DuesLaw.INTEREST_MARGIN_CONSIDERATION))
          .isEqualTo(Money.euros("25.60"));
    }

    @Test
    @DisplayName("§ 247 BGB, vector 35: 60.00 EUR over the base-rate change of 1 July 2025: 91 days at 7.27 % and 184 at 6.27 % give 2.98 EUR")
    void interest_splits_at_the_change_of_the_base_rate() {
      assertThat(interest("60.00", "2025-04-01", "2025-12-31", DuesLaw.INTEREST_MARGIN)).isEqualTo(Money.euros("2.98"));
    }

    @Test
    @DisplayName("§ 247 BGB, vector 36: no base rate from 1 July 2026 in the table: interest to 30 June, unknown after, never guessed")
    void a_missing_base_rate_makes_the_rest_unknown() {
      Interest interest = DuesLaw.interest(Money.euros("60.00"), day("2026-04-01"), day("2026-08-15"), BaseRates.DEFAULT,
          DuesLaw.INTEREST_MARGIN);
      assertThat(interest.unknownFrom()).contains(day("2026-07-01"));
      assertThat(interest.money()).isEqualTo(interest("60.00", "2026-04-01", "2026-06-30", DuesLaw.INTEREST_MARGIN))
          .isEqualTo(Money.euros("0.94"));
      Interest corrected = DuesLaw.interest(Money.euros("60.00"), day("2026-04-01"), day("2026-08-15"),
          BaseRates.DEFAULT.with(BaseRates.half(2026, 7, "1.27", "the user's own row", false)), DuesLaw.INTEREST_MARGIN);
      assertThat(corrected.unknownFrom()).isEmpty();
      assertThat(corrected.money()).isEqualTo(Money.euros("1.41"));
    }

    @Test
    @DisplayName("§ 193 BGB, vector 39: Fronleichnam 2026 is a holiday in Hessen, not in Berlin: due 5 June at the debtor's seat, 4 June at the creditor's")
    void the_land_decides_the_due_day() {
      assertThat(DuesLaw.due(day("2026-06-04"), HESSEN)).isEqualTo(day("2026-06-05"));
      assertThat(DuesLaw.due(day("2026-06-04"), BERLIN)).isEqualTo(day("2026-06-04"));
    }

    @Test
    @DisplayName("§§ 195, 199 BGB, vectors 40 and 41: a fee due 31 March 2023 is time-barred after 31 December 2026; one moved from 31 Dec 2022 to 2 Jan 2023 too, or after 2025 by the other reading")
    void limitation_ends_on_the_last_day_of_the_third_year() {
      assertThat(DuesLaw.limitationEnd(day("2023-03-31"))).isEqualTo(day("2026-12-31"));
      LocalDate moved = DuesLaw.due(day("2022-12-31"), BERLIN);
      assertThat(moved).isEqualTo(day("2023-01-02"));
      assertThat(DuesLaw.limitationEnd(moved)).isEqualTo(day("2026-12-31"));
      assertThat(DuesLaw.limitationEndByNominalDay(day("2022-12-31"))).isEqualTo(day("2025-12-31"));
    }

    @Test
    @DisplayName("SEPA Core rulebook, vector 50: a mandate last used for a collection due 31 March 2023 may be used up to 31 March 2026")
    void a_mandate_lapses_after_thirty_six_months() {
      assertThat(DuesLaw.mandateUsableUntil(day("2023-03-31"))).isEqualTo(day("2026-03-31"));
    }

    @Test
    @DisplayName("§ 247 BGB: the base-rate table refuses overlapping rows and a half-year that does not start in January or July")
    void the_base_rate_table_stays_consistent() {
      assertThatThrownBy(() -> BaseRates.half(2026, 3, "1.0", "x", false)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> BaseRates.of(List.of(BaseRates.half(2026, 1, "1.0", "x", false),
          new de.nextnetz.rules.law.BaseRate(day("2026-06-01"), day("2026-12-31"), BigDecimal.ONE, "y", false))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }
  }

  @Nested
  class DirectDebit {

    @Test
    @DisplayName("SEPA Core D-1, vectors 52 and 53: due Tue 7 April 2026, the file by Thu 2 April (Good Friday, weekend, Easter Monday closed), by 1 April with two days; due 2 Jan 2026, by 31 Dec 2025")
    void the_file_reaches_the_bank_a_target_day_before() {
      assertThat(TargetCalendar.businessDaysBefore(day("2026-04-07"), 1)).isEqualTo(day("2026-04-02"));
      assertThat(TargetCalendar.businessDaysBefore(day("2026-04-07"), 2)).isEqualTo(day("2026-04-01"));
      assertThat(TargetCalendar.businessDaysBefore(day("2026-01-02"), 1)).isEqualTo(day("2025-12-31"));
    }

    @Test
    @DisplayName("§ 193 BGB, SEPA Core: the year's collection run is in the deadlines: pre-notifications by 17 March 2027, the file by 30 March, the fees due 31 March")
    void the_collection_run_is_a_deadline() {
      List<Deadline> fees = check(Musterverein.association(), day("2027-01-10")).deadlines().stream()
          .filter(d -> d.ruleId().value().equals("FEE_DUE")).toList();
      assertThat(fees).extracting(Deadline::dueBy).containsExactlyInAnyOrder(day("2027-03-17"), day("2027-03-30"),
          day("2027-03-31"));
      assertThat(fees).extracting(d -> d.message(Locale.ENGLISH)).contains("Send the pre-notifications of the direct"
          + " debits of 2027 (8 members) for the collection on 31 March 2027.");
    }

    @Test
    @DisplayName("Reminders, a convention of 14 days: none until 13 days after the due day, the first from 14, the second from 28, then the court")
    void reminder_levels() {
      LocalDate due = day("2026-03-31");
      assertThat(DuesLaw.reminderLevel(due, day("2026-04-13"), 14)).isZero();
      assertThat(DuesLaw.reminderLevel(due, day("2026-04-14"), 14)).isEqualTo(1);
      assertThat(DuesLaw.reminderLevel(due, day("2026-04-28"), 14)).isEqualTo(2);
      assertThat(DuesLaw.reminderLevel(due, day("2026-05-12"), 14)).isEqualTo(3);
      assertThat(DuesLaw.reminderLevel(due, day("2026-12-07"), 14)).isEqualTo(3);
      assertThat(DuesLaw.reminderLevel(due, day("2026-04-13"), 7)).isEqualTo(1);
    }

    @Test
    @DisplayName("TARGET2, vector 54: 1 May 2026 is closed, the next TARGET day is Monday 4 May")
    void labour_day_is_no_target_day() {
      assertThat(TargetCalendar.isBusinessDay(day("2026-05-01"))).isFalse();
      assertThat(TargetCalendar.onOrAfter(day("2026-05-01"))).isEqualTo(day("2026-05-04"));
    }

    @Test
    @DisplayName("TARGET2: Good Friday and Easter Monday 1990–2100 are the days Jollyday knows as public holidays in Berlin, computed apart")
    void easter_agrees_with_jollyday() {
      PublicHolidays berlin = PublicHolidays.of(FederalState.BE);
      for (int year = 1990; year <= 2100; year++) {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 3, 15); day.isBefore(LocalDate.of(year, 5, 1)); day = day.plusDays(1)) {
          if (TargetCalendar.INSTANCE.isPublicHoliday(day)) {
            count++;
            assertThat(berlin.isPublicHoliday(day)).as(day.toString()).isTrue();
          }
        }
        assertThat(count).as("Good Friday and Easter Monday of " + year).isEqualTo(2);
      }
    }

    @Test
    @DisplayName("SEPA Core, vector 51: for a collection on 2 March 2026 the pre-notification of 16 February is in time, of 17 February late")
    void the_pre_notification_comes_fourteen_days_before() {
      Association muster = Musterverein.association();
      assertThat(DirectDebitRun.plan(muster, day("2026-03-02"), day("2026-02-16"), day("2026-02-26"), 14, 1).problems())
          .extracting(p -> p.message().render(Locale.ENGLISH)).noneMatch(m -> m.contains("pre-notification"));
      assertThat(DirectDebitRun.plan(muster, day("2026-03-02"), day("2026-02-17"), day("2026-02-26"), 14, 1).problems())
          .extracting(p -> p.message().render(Locale.ENGLISH)).contains("For a collection on 2 March 2026 the"
              + " pre-notifications must go out by 16 February 2026 (14 days before); they go on 17 February 2026. The"
              + " earliest collection day is 3 March 2026.");
      assertThat(DirectDebitRun.plan(muster, day("2026-03-02"), day("2026-02-17"), day("2026-02-26"), 13, 1).problems())
          .extracting(p -> p.message().render(Locale.ENGLISH)).noneMatch(m -> m.contains("pre-notification"));
      assertThat(DirectDebitRun.plan(muster, day("2026-03-02"), day("2026-02-16"), day("2026-02-27"), 14, 1).problems())
          .extracting(p -> p.message().render(Locale.ENGLISH)).noneMatch(m -> m.contains("must reach the bank"));
      assertThat(DirectDebitRun.plan(muster, day("2026-03-02"), day("2026-02-16"), day("2026-02-28"), 14, 1).problems())
          .extracting(p -> p.message().render(Locale.ENGLISH)).contains("For a collection on 2 March 2026 the file must"
              + " reach the bank by 27 February 2026 (one TARGET day before); it goes on 28 February 2026.");
    }
  }

  @Nested
  class TheMustervereinLedger {

    private final Association musterverein = Musterverein.association();
    private final Ledgers ledgers = Ledgers.of(musterverein, day("2026-12-07")).orElseThrow();

    private LedgerItem item(String member, int year) {
      return ledgers.get(member).items().stream().filter(i -> i.year().equals(Year.of(year))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("Satzung § 5: 48 EUR a year until the change of 2025 took effect, 60 EUR after; due 31 March, 2 April in 2024 (Easter Monday)")
    void each_year_has_the_fee_of_the_satzung_in_force() {
      assertThat(ledgers.get("m01").items()).extracting(LedgerItem::year, LedgerItem::fee, LedgerItem::due)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Year.of(2024), Money.euros("48.00"), Optional.of(day("2024-04-02"))),
              org.assertj.core.groups.Tuple.tuple(Year.of(2025), Money.euros("48.00"), Optional.of(day("2025-03-31"))),
              org.assertj.core.groups.Tuple.tuple(Year.of(2026), Money.euros("60.00"), Optional.of(day("2026-03-31"))));
      assertThat(ledgers.get("m01").open().isZero()).isTrue();
    }

    @Test
    @DisplayName("§ 286 Abs. 2 Nr. 1 BGB: Gerda Graf paid 30 of 60 EUR on 15 April 2026: interest on 60 EUR for 14 days, then on 30 EUR to 30 June")
    void a_partial_payment_lowers_the_principal_from_its_day() {
      LedgerItem item = item("m07", 2026);
      assertThat(item.paid()).isEqualTo(Money.euros("30.00"));
      assertThat(item.open()).isEqualTo(Money.euros("30.00"));
      assertThat(item.isInDefaultOn(day("2026-12-07"))).isTrue();
      // 60 × 6.27 % × 14/365 + 30 × 6.27 % × 77/365 = 0.1443 + 0.3968
      assertThat(item.interest().money()).isEqualTo(Money.euros("0.54"));
      assertThat(item.interest().unknownFrom()).contains(day("2026-07-01"));
    }

    @Test
    @DisplayName("§ 286 BGB: Eva Engel paid 2024 eight days late: interest for the seven days in default, the fee settled")
    void a_late_payment_ends_the_interest_the_day_before_it_arrives() {
      LedgerItem item = item("m05", 2024);
      assertThat(item.isSettled()).isTrue();
      assertThat(item.wasPaidLate()).isTrue();
      assertThat(item.settledOn()).contains(day("2024-04-10"));
      // 48 × 8.62 % × 7/365
      assertThat(item.interest().money()).isEqualTo(Money.euros("0.08"));
      assertThat(ledgers.get("m05").items()).extracting(LedgerItem::year).containsExactly(Year.of(2024), Year.of(2025));
    }

    @Test
    @DisplayName("Overpayment: Hans Hahn paid 120 EUR for 2026: 60 EUR settle the year, 60 EUR are credit")
    void what_is_paid_beyond_every_fee_is_credit() {
      Ledger ledger = ledgers.get("m08");
      assertThat(ledger.credit()).isEqualTo(Money.euros("60.00"));
      assertThat(ledger.received()).isEqualTo(Money.euros("216.00"));
      assertThat(ledger.open().isZero()).isTrue();
    }

    @Test
    @DisplayName("Write-off: Mia Moser joined on 1 March 2024; the board waived half the first year, she paid the other half")
    void a_write_off_settles_as_a_payment_does() {
      LedgerItem item = item("m13", 2024);
      assertThat(item.writtenOff()).isEqualTo(Money.euros("24.00"));
      assertThat(item.paid()).isEqualTo(Money.euros("24.00"));
      assertThat(item.isSettled()).isTrue();
    }

    @Test
    @DisplayName("Satzung § 5 Abs. 3 (2025): a member who joins on 1 July 2026 owes six twelfths, 30 EUR; without the clause the whole year")
    void the_satzung_proration_decides_the_first_year() {
      Member newcomer = Fixtures.member("m14", day("2026-07-01"));
      Association joined = ImmutableAssociation.copyOf(musterverein)
          .withMembers(concat(musterverein.getMembers(), newcomer));
      LedgerItem months = Ledgers.of(joined, day("2026-12-07")).orElseThrow().get("m14").items().get(0);
      assertThat(months.fee()).isEqualTo(Money.euros("30.00"));
      assertThat(months.prorated()).isTrue();
      assertThat(months.due()).contains(day("2026-07-01"));
      Association whole = withVersions(joined, v -> v.withFeeProration(Optional.empty()));
      assertThat(Ledgers.of(whole, day("2026-12-07")).orElseThrow().get("m14").items().get(0).fee())
          .isEqualTo(Money.euros("60.00"));
      Association none = withVersions(joined, v -> v.withFeeProration(FeeProration.NONE));
      assertThat(Ledgers.of(none, day("2026-12-07")).orElseThrow().get("m14").items()).isEmpty();
    }

    @Test
    @DisplayName("Payments after the day of the check do not count; a ledger as of 30 March 2026 shows 2026 open but not yet due")
    void the_ledger_is_as_of_its_day() {
      Ledgers march = Ledgers.of(musterverein, day("2026-03-30")).orElseThrow();
      LedgerItem item = march.get("m01").items().get(2);
      assertThat(item.isSettled()).isFalse();
      assertThat(item.isInDefaultOn(day("2026-03-30"))).isFalse();
    }
  }

  @Nested
  class InvoicesAndReminders {

    private final Association musterverein = Musterverein.association();

    /** The Musterverein with "zahlbar innerhalb von {days} Tagen nach Zugang der Beitragsrechnung" in § 5 Abs. 2. */
    private Association payingAfterInvoice(int days, FeeDemand... demands) {
      Association changed = withVersions(musterverein, v -> v.withFeeDueDay(Optional.empty())
          .withFeePaymentDays(days).withClauses(concatClauses(v.getClauses(),
              Clause.of(StatuteParameter.FEE_PAYMENT_DAYS, "§ 5 Abs. 2 der Satzung"))));
      return withDues(changed, d -> d.withDemands(demands));
    }

    /** The Musterverein with "zahlbar nach Aufforderung": no due day at all. */
    private Association payableOnDemand(FeeDemand... demands) {
      return withDues(withVersions(musterverein, v -> v.withFeeDueDay(Optional.empty())), d -> d.withDemands(demands));
    }

    private FeeDemand demand(String member, int year, FeeDemand.Kind kind, String received) {
      return FeeDemand.builder().memberId(member).feeYear(Year.of(year)).kind(kind).receivedOn(day(received)).build();
    }

    private LedgerItem karla2026(Association association, String asOf) {
      return Ledgers.of(association, day(asOf)).orElseThrow().get("m11").items().stream()
          .filter(i -> i.year().equals(Year.of(2026))).findFirst().orElseThrow();
    }

    private List<Finding> findings(Association association, String asOf, String rule) {
      return check(association, day(asOf)).findings().stream().filter(f -> f.ruleId().value().equals(rule)).toList();
    }

    @Test
    @DisplayName("§§ 187 Abs. 1, 188 Abs. 1, 193 BGB, vector 37: 30 days after receipt on 10 February 2026 end on 12 March; from 12 February on Saturday 14 March, so Monday 16 March")
    void the_days_to_pay_count_from_the_day_after_receipt() {
      assertThat(DuesLaw.dueAfterInvoice(day("2026-02-10"), 30, BERLIN)).isEqualTo(day("2026-03-12"));
      assertThat(DuesLaw.dueAfterInvoice(day("2026-02-12"), 30, BERLIN)).isEqualTo(day("2026-03-16"));
      assertThat(DuesLaw.lastDayToPay(day("2026-12-31"), 1)).isEqualTo(day("2027-01-01"));
      assertThatThrownBy(() -> DuesLaw.lastDayToPay(day("2026-02-10"), 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    @Test
    @DisplayName("§ 286 Abs. 2 Nr. 2 BGB, vector 37: invoice received 10 February 2026, 30 days: due 12 March, in default from 13 March without a reminder")
    void the_invoice_starts_the_days_to_pay() {
      Association association = payingAfterInvoice(30, demand("m11", 2026, FeeDemand.Kind.INVOICE, "2026-02-10"));
      LedgerItem onTheDueDay = karla2026(association, "2026-03-12");
      assertThat(onTheDueDay.due()).contains(day("2026-03-12"));
      assertThat(onTheDueDay.invoiceReceived()).contains(day("2026-02-10"));
      assertThat(onTheDueDay.isInDefaultOn(day("2026-03-12"))).isFalse();
      assertThat(findings(association, "2026-03-12", "FEE_IN_DEFAULT")).isEmpty();

      LedgerItem next = karla2026(association, "2026-03-13");
      assertThat(next.defaultFrom()).contains(day("2026-03-13"));
      assertThat(next.defaultBasis()).contains(DefaultBasis.INVOICE);
      List<Finding> defaults = findings(association, "2026-03-13", "FEE_IN_DEFAULT");
      assertThat(defaults).singleElement().satisfies(finding -> {
        assertThat(finding.message(Locale.GERMAN)).isEqualTo("Karla Kern schuldet 60,00\u00a0€ vom Beitrag 2026, fällig"
            + " am 12. März 2026, 30 Tage nach Zugang der Rechnung am 10. Februar 2026: seit 13. März 2026 ohne Mahnung"
            + " in Verzug; Verzugszinsen bisher 0,01\u00a0€.");
        assertThat(finding.citation().source()).isEqualTo(
            "§ 5 Abs. 2 der Satzung; § 286 Abs. 2 Nr. 2 BGB; §§ 288 Abs. 1, 247 BGB; § 193 BGB");
        assertThat(finding.citation().quote()).hasValueSatisfying(quote -> assertThat(quote)
            .contains("von dem Ereignis an nach dem Kalender berechnen"));
      });
    }

    @Test
    @DisplayName("§ 286 Abs. 2 Nr. 2 BGB: the days to pay are the Satzung's; one day and two days read in both languages")
    void the_satzung_sets_the_days_to_pay() {
      for (int days : new int[] {1, 2}) {
        Association association = payingAfterInvoice(days, demand("m11", 2026, FeeDemand.Kind.INVOICE, "2026-02-10"));
        LedgerItem item = karla2026(association, "2026-03-13");
        assertThat(item.due()).contains(day("2026-02-10").plusDays(days));
        Finding finding = findings(association, "2026-03-13", "FEE_IN_DEFAULT").get(0);
        assertThat(finding.message(Locale.ENGLISH)).contains(days == 1 ? ", one day after the invoice was received"
            : ", 2 days after the invoice was received");
        assertThat(finding.message(Locale.GERMAN)).contains(days == 1 ? ", einen Tag nach Zugang der Rechnung"
            : ", 2 Tage nach Zugang der Rechnung");
      }
    }

    @Test
    @DisplayName("§ 286 Abs. 2 Nr. 2 BGB: without an invoice the fee is not yet due; the finding says an invoice or a reminder is needed")
    void without_an_invoice_nothing_is_due() {
      Association association = payingAfterInvoice(30);
      LedgerItem item = karla2026(association, "2026-12-07");
      assertThat(item.due()).isEmpty();
      assertThat(item.isInDefaultOn(day("2026-12-07"))).isFalse();
      assertThat(findings(association, "2026-12-07", "FEE_DEFAULT_NEEDS_REMINDER"))
          .filteredOn(f -> f.path().equals("/members/10")).singleElement().satisfies(finding -> {
            assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Karla Kern owes €60.00 of the fee for 2026 (owed"
                + " since 1 January 2026); the Satzung gives 30 days to pay after the invoice is received, and no"
                + " invoice has been received, so only an invoice or a reminder can put the member in default.");
            assertThat(finding.citation().source()).isEqualTo(
                "§ 5 Abs. 2 der Satzung; § 286 Abs. 2 Nr. 2 BGB; § 286 Abs. 1 BGB");
          });
    }

    @Test
    @DisplayName("§ 286 Abs. 1 BGB, vector 38: payable on demand; on 1 May 2026 a reminder is needed; received 4 May, default from 5 May with interest")
    void a_reminder_puts_the_member_in_default() {
      Association association = payableOnDemand(demand("m11", 2026, FeeDemand.Kind.REMINDER, "2026-05-04"));
      assertThat(findings(association, "2026-05-01", "FEE_DEFAULT_NEEDS_REMINDER")).extracting(Finding::path)
          .contains("/members/10");
      assertThat(karla2026(association, "2026-05-01").reminders()).isEmpty();
      LedgerItem received = karla2026(association, "2026-05-04");
      assertThat(received.reminders()).containsExactly(day("2026-05-04"));
      assertThat(received.isInDefaultOn(day("2026-05-04"))).isFalse();
      assertThat(findings(association, "2026-05-04", "FEE_DEFAULT_NEEDS_REMINDER")).extracting(Finding::path)
          .doesNotContain("/members/10");
      LedgerItem item = karla2026(association, "2026-06-30");
      assertThat(item.defaultFrom()).contains(day("2026-05-05"));
      assertThat(item.defaultBasis()).contains(DefaultBasis.REMINDER);
      // 60 × 6.27 % × 57/365 (5 May to 30 June) = 0.5875
      assertThat(item.interest().money()).isEqualTo(Money.euros("0.59"));
      Finding finding = findings(association, "2026-06-30", "FEE_IN_DEFAULT").stream()
          .filter(f -> f.path().equals("/members/10")).findFirst().orElseThrow();
      assertThat(finding.message(Locale.GERMAN)).isEqualTo("Karla Kern schuldet 60,00\u00a0€ vom Beitrag 2026"
          + " (geschuldet seit 1. Januar 2026): seit 5. Mai 2026 in Verzug, dem Tag nach Zugang der Mahnung am"
          + " 4. Mai 2026; Verzugszinsen bisher 0,59\u00a0€.");
      assertThat(finding.citation().source()).isEqualTo("§ 286 Abs. 1 BGB; §§ 288 Abs. 1, 247 BGB");
    }

    @Test
    @DisplayName("§ 286 BGB: a reminder for a year not yet owed and an invoice where the Satzung names a calendar day change nothing")
    void letters_that_do_not_decide() {
      Association early = payableOnDemand(demand("m11", 2026, FeeDemand.Kind.REMINDER, "2025-12-20"));
      assertThat(karla2026(early, "2026-06-30").defaultFrom()).isEmpty();
      Association calendar = withDues(musterverein, d -> d.withDemands(
          demand("m11", 2026, FeeDemand.Kind.INVOICE, "2026-05-10"),
          demand("m11", 2026, FeeDemand.Kind.REMINDER, "2026-06-01")));
      LedgerItem item = karla2026(calendar, "2026-06-30");
      assertThat(item.due()).contains(day("2026-03-31"));
      assertThat(item.invoiceReceived()).isEmpty();
      assertThat(item.defaultFrom()).contains(day("2026-04-01"));
      assertThat(item.defaultBasis()).contains(DefaultBasis.CALENDAR_DAY);
    }

    @Test
    @DisplayName("Reminder level: the reminders recorded count where the 14-day convention says less; none while not in default")
    void recorded_reminders_raise_the_level() {
      Association association = withDues(musterverein, d -> d.withDemands(
          demand("m11", 2026, FeeDemand.Kind.REMINDER, "2026-04-03"),
          demand("m11", 2026, FeeDemand.Kind.REMINDER, "2026-04-10")));
      // Due 31 March: by convention level 0 until 13 April; two reminders recorded by 10 April.
      assertThat(DuesLaw.reminderLevel(karla2026(association, "2026-04-10"), day("2026-04-10"), 14)).isEqualTo(2);
      assertThat(DuesLaw.reminderLevel(karla2026(association, "2026-04-09"), day("2026-04-09"), 14)).isEqualTo(1);
      assertThat(DuesLaw.reminderLevel(karla2026(musterverein, "2026-04-10"), day("2026-04-10"), 14)).isZero();
      assertThat(DuesLaw.reminderLevel(karla2026(musterverein, "2026-03-31"), day("2026-03-31"), 14)).isZero();
      assertThat(DuesLaw.reminderLevel(karla2026(musterverein, "2026-06-30"), day("2026-06-30"), 14)).isEqualTo(3);
    }

    @Test
    @DisplayName("§ 58 Nr. 2 BGB: a Satzung version names a calendar day or days after the invoice, not both")
    void a_version_takes_one_kind_of_due_day() {
      assertThatThrownBy(() -> withVersions(musterverein, v -> v.withFeePaymentDays(30)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("set either 'feeDueDay' (a day of the calendar) or 'feePaymentDays'");
    }
  }

  @Nested
  class TheRules {

    private final Association musterverein = Musterverein.association();

    private List<Finding> findings(Association association, LocalDate asOf, String rule) {
      return check(association, asOf).findings().stream().filter(f -> f.ruleId().value().equals(rule)).toList();
    }

    @Test
    @DisplayName("§ 286 Abs. 2 Nr. 1 BGB: on 7 December 2026 Gerda Graf and Karla Kern are in default; the base rate from July is named missing")
    void fee_in_default_names_the_members_and_the_missing_rate() {
      CheckReport report = check(musterverein, day("2026-12-07"));
      List<Finding> defaults = report.findings().stream().filter(f -> f.ruleId().value().equals("FEE_IN_DEFAULT")).toList();
      assertThat(defaults).extracting(f -> f.message(Locale.ENGLISH)).containsExactly(
          "Gerda Graf owes €30.00 of the fee for 2026, due on 31 March 2026: in default since 1 April 2026 without a"
              + " reminder; default interest €0.54 up to 1 July 2026, after that unknown, since the base rate from that"
              + " day is not in the table.",
          "Karla Kern owes €60.00 of the fee for 2026, due on 31 March 2026: in default since 1 April 2026 without a"
              + " reminder; default interest €0.94 up to 1 July 2026, after that unknown, since the base rate from that"
              + " day is not in the table.");
      assertThat(defaults.get(0).citation().source()).startsWith("§ 5 Abs. 2 der Satzung");
      Outcome outcome = report.outcome(RuleId.of("FEE_IN_DEFAULT")).orElseThrow();
      assertThat(outcome.missingFacts()).containsExactly("Basiszinssatz ab 2026-07-01 (§ 247 BGB)");
      assertThat(report.outcome(RuleId.of("FEE_DUE")).orElseThrow().status()).isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("§ 247 BGB: with the rate from 1 July 2026 added by the user, the interest is known to the day and nothing is missing")
    void a_user_row_completes_the_interest() {
      RuleEngine<Association> engine = RuleEngine.forAssociations().addRules(BuiltInRules.all())
          .replaceRule(BuiltInRules.feeInDefault(BaseRates.DEFAULT.with(BaseRates.half(2026, 7, "1.27", "user", false)),
              DuesLaw.INTEREST_MARGIN))
          .build();
      Outcome outcome = engine.check(musterverein, day("2026-12-07")).outcome(RuleId.of("FEE_IN_DEFAULT")).orElseThrow();
      assertThat(outcome.missingFacts()).isEmpty();
      // 60 × 6.27 % × 14/365 + 30 × 6.27 % × (77 + 160)/365 = 1.3656
      assertThat(outcome.findings()).extracting(f -> f.message(Locale.GERMAN)).first().asString()
          .startsWith("Gerda Graf schuldet 30,00\u00a0€ vom Beitrag 2026, fällig am 31. März 2026: seit 1. April 2026 ohne"
              + " Mahnung in Verzug; Verzugszinsen bisher 1,37\u00a0€.");
    }

    @Test
    @DisplayName("§ 193 BGB, vector 39 [open]: due Thursday 4 June 2026, Fronleichnam in Hessen, not in Niedersachsen: due on 4 June at the seat, on 5 June at the member's seat in Hessen; both reported")
    void both_readings_of_the_place_of_performance() {
      Association corpusChristi = withMember(withVersions(musterverein, v -> v.withFeeDueDay(MonthDay.of(6, 4))),
          "m11", m -> m.toBuilder().land(FederalState.HE).build());
      List<Finding> defaults = findings(corpusChristi, day("2026-06-06"), "FEE_IN_DEFAULT");
      assertThat(defaults).extracting(f -> f.message(Locale.ENGLISH)).contains(
          "Karla Kern owes €60.00 of the fee for 2026, due on 4 June 2026 at the association's seat (on 5 June 2026 by"
              + " the other reading, § 193 BGB at the member's seat): in default since 5 June 2026 without a reminder;"
              + " default interest so far €0.02.",
          "Gerda Graf owes €30.00 of the fee for 2026, due on 4 June 2026: in default since 5 June 2026 without a"
              + " reminder; default interest so far €0.01.");
      Association sameLand = withMember(withVersions(musterverein, v -> v.withFeeDueDay(MonthDay.of(6, 4))),
          "m11", m -> m.toBuilder().land(FederalState.NI).build());
      assertThat(findings(sameLand, day("2026-06-06"), "FEE_IN_DEFAULT")).extracting(f -> f.message(Locale.ENGLISH))
          .noneMatch(message -> message.contains("other reading"));
    }

    @Test
    @DisplayName("§ 286 Abs. 1 BGB: without a due day in the Satzung an open fee needs a reminder; the reminder received puts the member in default")
    void without_a_due_day_a_reminder_is_needed() {
      Association silent = withVersions(musterverein, v -> v.withFeeDueDay(Optional.empty()));
      List<Finding> reminders = findings(silent, day("2026-12-07"), "FEE_DEFAULT_NEEDS_REMINDER");
      assertThat(reminders).extracting(f -> f.message(Locale.ENGLISH)).containsExactly(
          "Gerda Graf owes €30.00 of the fee for 2026 (owed since 1 January 2026); the Satzung sets no due day, so only"
              + " a reminder puts the member in default.");
      // Karla Kern received the office's reminders of 16 April and 4 May 2026: the first put her in default.
      assertThat(findings(silent, day("2026-12-07"), "FEE_IN_DEFAULT")).singleElement()
          .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).startsWith("Karla Kern owes €60.00 of the fee for"
              + " 2026 (owed since 1 January 2026): in default since 17 April 2026, the day after the reminder was"
              + " received on 16 April 2026;"));
    }

    @Test
    @DisplayName("§§ 195, 199 BGB, vector 40: a 2023 fee left open is a warning on 1 December 2026 and time-barred on 1 January 2027")
    void limitation_approaches_then_bars() {
      Association from2023 = withDues(musterverein, d -> d.withRecordedFrom(day("2023-01-01")));
      List<Finding> approaching = findings(from2023, day("2026-12-01"), "FEE_CLAIM_LIMITATION_APPROACHING");
      // Hans Hahn paid 2026 twice: § 366 Abs. 2 BGB puts the rest on the oldest open year, 2023.
      assertThat(approaching).hasSize(11).first().satisfies(f -> assertThat(f.message(Locale.ENGLISH)).isEqualTo(
          "Anna Adler still owes €48.00 of the fee for 2023; the claim becomes time-barred after 31 December 2026 (30"
              + " days left)."));
      assertThat(findings(from2023, day("2026-10-31"), "FEE_CLAIM_LIMITATION_APPROACHING")).isEmpty();
      assertThat(check(from2023, day("2026-10-31")).deadlines()).extracting(Deadline::ruleId).contains(
          RuleId.of("FEE_CLAIM_LIMITATION_APPROACHING"));
      assertThat(findings(from2023, day("2027-01-01"), "FEE_CLAIM_TIME_BARRED")).hasSize(11);
      assertThat(findings(from2023, day("2026-12-31"), "FEE_CLAIM_TIME_BARRED")).isEmpty();
      RuleEngine<Association> early = RuleEngine.forAssociations().addRules(BuiltInRules.all())
          .replaceRule(BuiltInRules.feeClaimLimitationApproaching(90)).build();
      assertThat(early.check(from2023, day("2026-10-31")).findings()).filteredOn(
          f -> f.ruleId().value().equals("FEE_CLAIM_LIMITATION_APPROACHING")).hasSize(11);
    }

    @Test
    @DisplayName("§§ 195, 199 BGB, vector 41 [open]: due 31 Dec 2022, moved to 2 Jan 2023: barred after 2026, warned from 1 Nov 2025 by the other reading")
    void a_due_day_moved_into_the_new_year_is_reported_with_both_readings() {
      Association yearEnd = withDues(withVersions(musterverein, v -> v.withFeeDueDay(MonthDay.of(12, 31))),
          d -> d.withRecordedFrom(day("2022-01-01")));
      List<Finding> warned = findings(yearEnd, day("2025-11-01"), "FEE_CLAIM_LIMITATION_APPROACHING").stream()
          .filter(f -> f.facts().contains(new Fact("year", Year.of(2022)))).toList();
      assertThat(warned).hasSize(12).first().satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains(
          "becomes time-barred after 31 December 2026 (425 days left), or already after 31 December 2025 if it counts"));
      assertThat(findings(yearEnd, day("2025-10-31"), "FEE_CLAIM_LIMITATION_APPROACHING").stream()
          .filter(f -> f.facts().contains(new Fact("year", Year.of(2022))))).isEmpty();
      assertThat(findings(yearEnd, day("2026-12-31"), "FEE_CLAIM_TIME_BARRED")).isEmpty();
      assertThat(findings(yearEnd, day("2027-01-01"), "FEE_CLAIM_TIME_BARRED").stream()
          .filter(f -> f.facts().contains(new Fact("year", Year.of(2022))))).hasSize(11);
    }

    @Test
    @DisplayName("Overpayment: Hans Hahn's 60 EUR credit is an INFO")
    void credit_is_reported() {
      assertThat(findings(musterverein, day("2026-12-07"), "FEE_OVERPAID")).extracting(f -> f.message(Locale.ENGLISH))
          .containsExactly("Hans Hahn has paid €60.00 more than every fee so far (received in all: €216.00); it is credit"
              + " for the next fee or to be refunded.");
    }

    @Test
    @DisplayName("§ 675j BGB: Ida Imhof pays by direct debit without a mandate; a revoked mandate is no mandate either")
    void a_direct_debit_needs_a_mandate() {
      assertThat(findings(musterverein, day("2026-12-07"), "SEPA_MANDATE_MISSING")).extracting(f -> f.message(Locale.ENGLISH))
          .containsExactly("Ida Imhof pays by direct debit but has given no mandate.");
      Association revoked = withMember(musterverein, "m01", m -> m.toBuilder()
          .mandate(m.getMandate().orElseThrow().toBuilder().revokedOn(day("2026-05-01")).build()).build());
      assertThat(findings(revoked, day("2026-12-07"), "SEPA_MANDATE_MISSING")).extracting(f -> f.message(Locale.ENGLISH))
          .contains("Anna Adler pays by direct debit, but revoked the mandate on 1 May 2026.");
    }

    @Test
    @DisplayName("SEPA Core rulebook, vector 50: Jan Jung's mandate, last used for 31 March 2023, is the last day on 31 March 2026 and lapsed for 2027")
    void an_unused_mandate_lapses() {
      assertThat(findings(musterverein, day("2025-12-01"), "SEPA_MANDATE_EXPIRED")).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
      assertThat(findings(musterverein, day("2026-12-07"), "SEPA_MANDATE_EXPIRED")).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo("/members/9/mandate");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The mandate MV-M-0010 of Jan Jung was last used for a"
            + " collection due on 31 March 2023 and lapsed after 31 March 2026; the next collection on 31 March 2027"
            + " needs a new mandate.");
      });
    }

    @Test
    @DisplayName("SEPA, vectors 46 and 49: a reference with a space is a warning, a shared reference an error, an IBAN with spaces an info")
    void references_and_ibans() {
      assertThat(findings(musterverein, day("2026-12-07"), "SEPA_MANDATE_REFERENCE_INVALID")).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
      Association shared = withMember(musterverein, "m02", m -> m.toBuilder()
          .mandate(m.getMandate().orElseThrow().toBuilder().reference("MV-M-0001").build()).build());
      assertThat(findings(shared, day("2026-12-07"), "SEPA_MANDATE_REFERENCE_INVALID"))
          .filteredOn(f -> f.severity() == Severity.ERROR).extracting(f -> f.message(Locale.ENGLISH))
          .containsExactly("The mandate reference MV-M-0001 of Bernd Becker is also the reference of Anna Adler's"
              + " mandate; each mandate needs its own.");
      assertThat(findings(musterverein, day("2026-12-07"), "SEPA_IBAN_NOT_NORMALISED")).extracting(
          f -> f.message(Locale.ENGLISH)).containsExactly("The IBAN of Frank Fuchs's mandate (DE10…14) is stored with"
              + " spaces or small letters; payment files use the form without spaces in capitals.");
    }

    @Test
    @DisplayName("SEPA: without a creditor identifier no direct debit can be collected")
    void a_creditor_identifier_is_needed() {
      Association none = withDues(musterverein, d -> d.withCreditorId(Optional.empty()));
      assertThat(findings(none, day("2026-12-07"), "SEPA_CREDITOR_ID_MISSING")).extracting(f -> f.message(Locale.ENGLISH))
          .containsExactly("8 members pay by direct debit, but the association has no creditor identifier recorded;"
              + " without it no direct debit can be collected.");
      assertThat(findings(musterverein, day("2026-12-07"), "SEPA_CREDITOR_ID_MISSING")).isEmpty();
    }

    @Test
    @DisplayName("No association is hard-coded: NExT records no dues, so the dues rules are not applicable and FEE_DUE behaves as before")
    void next_without_dues() {
      CheckReport report = check(Fixtures.next(), day("2026-12-07"));
      for (String rule : List.of("FEE_IN_DEFAULT", "FEE_DEFAULT_NEEDS_REMINDER", "FEE_CLAIM_LIMITATION_APPROACHING",
          "FEE_CLAIM_TIME_BARRED", "FEE_OVERPAID", "SEPA_CREDITOR_ID_MISSING")) {
        assertThat(report.outcome(RuleId.of(rule)).orElseThrow().status()).as(rule).isEqualTo(Status.NOT_APPLICABLE);
      }
    }
  }

  static List<Member> concat(List<Member> members, Member more) {
    List<Member> all = new java.util.ArrayList<>(members);
    all.add(more);
    return all;
  }

  static Association withVersions(Association association, UnaryOperator<ImmutableStatuteVersion> change) {
    List<StatuteVersion> versions = association.getStatute().getVersions().stream()
        .map(v -> (StatuteVersion) change.apply(ImmutableStatuteVersion.copyOf(v))).toList();
    return ImmutableAssociation.copyOf(association).withStatute(Statute.builder().versions(versions).build());
  }

  static Association withDues(Association association, UnaryOperator<de.nextnetz.domain.dues.ImmutableDues> change) {
    return ImmutableAssociation.copyOf(association).withDues(
        change.apply(de.nextnetz.domain.dues.ImmutableDues.copyOf(association.getDues().orElseThrow())));
  }

  static Association withMember(Association association, String id, UnaryOperator<Member> change) {
    return ImmutableAssociation.copyOf(association).withMembers(association.getMembers().stream()
        .map(m -> m.getId().equals(id) ? change.apply(m) : m).toList());
  }

  static List<Clause> concatClauses(List<Clause> clauses, Clause more) {
    List<Clause> all = new java.util.ArrayList<>(clauses);
    all.add(more);
    return all;
  }

  static Dues dues(Association association) {
    return association.getDues().orElseThrow();
  }
}
