package de.nextnetz.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.membership.ExitDeclaration;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.domain.statute.ExitDate;
import de.nextnetz.domain.statute.FormRequirement;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.calendar.PublicHolidays;
import de.nextnetz.rules.law.Transit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;

/**
 * Generated associations judged twice: by the rules and by a second, plain implementation written here from the
 * text of the law, without the library's period arithmetic (§§ 187, 188 BGB as {@code LocalDate.plus}, scanned day
 * by day). The stored inputs (a hundred per property) replay in every build; {@code -Pfuzz} explores further.
 */
class PlainLawFuzzTest {

  private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
  private static final Association MUSTER = Musterverein.association();
  private static final int DAYS = 41 * 365;

  /** The Musterverein with one Satzung version in force since 1990, changed. */
  private static Association muster(StatuteVersion.Builder version, java.util.function.UnaryOperator<Association.Builder> change) {
    Association muster = MUSTER;
    StatuteVersion first = version.validFrom(LocalDate.of(1990, 1, 1)).adoptedBy(Optional.empty()).build();
    return change.apply(muster.toBuilder().statute(Statute.of(first))).build();
  }

  private static Period period(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 2)) {
      case 0 -> Period.ofDays(data.consumeInt(1, 60));
      case 1 -> Period.ofWeeks(data.consumeInt(1, 8));
      default -> Period.ofMonths(data.consumeInt(1, 3));
    };
  }

  /** Plain: the day a letter or an e-mail counts as received, from the text of the assumption. */
  private static LocalDate plainReceipt(LocalDate sent, DeclarationForm form, Optional<int[]> fixed,
      HolidayCalendar holidays) {
    boolean letter = form == DeclarationForm.LETTER;
    if (fixed.isPresent()) {
      return sent.plusDays(letter ? fixed.get()[0] : fixed.get()[1]);
    }
    if (!letter) {
      return sent;
    }
    LocalDate day = sent.plusDays(sent.getYear() >= 2025 ? 4 : 3);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || holidays.isPublicHoliday(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Plain: the last day of receipt whose period ends before the assembly's day. */
  private static LocalDate plainLatestReceipt(LocalDate assembly, Period period) {
    LocalDate day = assembly.minusDays(1);
    while (day.plus(period).isAfter(assembly.minusDays(1))) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** The invitation rule and the plain reading agree on whether, and how badly, an invitation came late. */
  @FuzzTest
  void the_invitation_rule_agrees_with_a_plain_reading(FuzzedDataProvider data) {
    Reach.tried("the_invitation_rule_agrees_with_a_plain_reading");
    LocalDate assembly = FIRST.plusDays(data.consumeInt(0, DAYS));
    Period period = period(data);
    DeclarationForm form = data.consumeBoolean() ? DeclarationForm.LETTER : DeclarationForm.EMAIL;
    LocalDate sent = assembly.minusDays(data.consumeInt(0, 100));
    Optional<int[]> fixed = data.consumeBoolean() ? Optional.empty()
        : Optional.of(new int[] {data.consumeInt(0, 7), data.consumeInt(0, 3)});
    Transit transit = fixed.map(days -> Transit.fixed(days[0], days[1])).orElse(Transit.DEFAULT);
    Association association = muster(MUSTER.getStatute().getVersions().get(0).toBuilder()
            .invitationPeriod(period).invitationDeemedOnDispatch(false),
        builder -> builder.generalAssemblies(java.util.List.of(GeneralAssembly.builder().id("mv").date(assembly)
            .status(AssemblyStatus.HELD).invitation(Invitation.builder().dispatchedOn(sent).form(form).build()).build())));
    CheckReport report = RuleEngine.forAssociations().addRule(BuiltInRules.invitationLate(transit)).build()
        .check(association, assembly.plusDays(1));

    LocalDate receipt = plainReceipt(sent, form, fixed, PublicHolidays.atSeatOf(association));
    LocalDate latest = plainLatestReceipt(assembly, period);
    Optional<Severity> expected = !receipt.isAfter(latest) ? Optional.empty()
        : Optional.of(receipt.equals(latest.plusDays(1)) ? Severity.WARNING : Severity.ERROR);
    assertThat(report.findings().stream().map(Finding::severity).findFirst())
        .as("%s sent %s for %s with %s: receipt %s, latest %s", form, sent, assembly, period, receipt, latest)
        .isEqualTo(expected);
    Reach.reached("the_invitation_rule_agrees_with_a_plain_reading");
  }

  /** Plain: the § 39 exit day, scanning the exit days the Satzung allows. */
  private static LocalDate plainExitDay(LocalDate received, Period notice, ExitDate at, MonthDay yearEnd) {
    LocalDate exit;
    if (at.months() == 0) {
      exit = received.plus(notice);
    } else {
      LocalDate base = yearEnd.atYear(received.getYear() - 1);
      boolean monthEnd = base.getDayOfMonth() == base.lengthOfMonth();
      exit = base;
      for (int k = 1; exit.isBefore(received) || received.plus(notice).isAfter(exit); k++) {
        LocalDate next = base.plusMonths((long) k * at.months());
        exit = monthEnd ? next.withDayOfMonth(next.lengthOfMonth()) : next;
      }
    }
    LocalDate twoYears = received.plusYears(2);
    return exit.isAfter(twoYears) ? twoYears : exit;
  }

  /** The exit rule's day and the plain reading of § 39 Abs. 2 BGB agree, the two-year cap included. */
  @FuzzTest
  void the_exit_day_agrees_with_a_plain_reading(FuzzedDataProvider data) {
    Reach.tried("the_exit_day_agrees_with_a_plain_reading");
    LocalDate received = FIRST.plusDays(data.consumeInt(0, DAYS));
    Period notice = switch (data.consumeInt(0, 3)) {
      case 0 -> Period.ZERO;
      case 1 -> Period.ofMonths(data.consumeInt(1, 30));
      case 2 -> Period.ofWeeks(data.consumeInt(1, 120));
      default -> Period.ofDays(data.consumeInt(1, 900));
    };
    ExitDate at = data.pickValue(ExitDate.values());
    int month = data.consumeInt(1, 12);
    MonthDay yearEnd = data.consumeBoolean() ? MonthDay.of(month, java.time.YearMonth.of(2023, month).lengthOfMonth())
        : MonthDay.of(month, 15);
    StatuteVersion.Builder version = MUSTER.getStatute().getVersions().get(0).toBuilder()
        .exitOnlyAt(at).fiscalYearEnd(yearEnd).exitForm(FormRequirement.NONE);
    if (!notice.isZero()) {
      version.exitNotice(notice);
    } else {
      version.exitNotice(Optional.empty());
    }
    String memberId = MUSTER.getMembers().get(0).getId();
    Association association = muster(version, builder -> builder.exitDeclarations(java.util.List.of(
        ExitDeclaration.builder().memberId(memberId).receivedOn(received).form(DeclarationForm.LETTER).build())));
    Outcome outcome = RuleEngine.forAssociations().addRule(BuiltInRules.all().stream()
            .filter(rule -> rule.id().value().equals("MEMBER_EXIT_EFFECTIVE_DATE")).findFirst().orElseThrow())
        .build().check(association, received).outcome(RuleId.of("MEMBER_EXIT_EFFECTIVE_DATE")).orElseThrow();

    LocalDate expected = plainExitDay(received, notice, at, yearEnd);
    assertThat(outcome.deadlines()).extracting(Deadline::dueBy)
        .as("received %s, notice %s, at %s, year end %s", received, notice, at, yearEnd).containsExactly(expected);
    Reach.reached("the_exit_day_agrees_with_a_plain_reading");
  }

  @AfterAll
  static void report() {
    Reach.report(0.9, "the_invitation_rule_agrees_with_a_plain_reading", "the_exit_day_agrees_with_a_plain_reading");
  }
}
