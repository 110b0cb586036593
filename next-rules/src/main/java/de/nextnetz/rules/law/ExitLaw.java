package de.nextnetz.rules.law;

import de.nextnetz.domain.statute.ExitDate;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.time.Periods;
import de.nextnetz.rules.Citation;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Objects;

/**
 * The law of leaving an association (§ 39 BGB), computed here and nowhere else: the day an exit takes
 * effect, the last day a declaration may be received for an exit day, and the two-year cap. The member
 * rules ({@code MEMBER_EXIT_EFFECTIVE_DATE}, {@code SATZUNG_EXIT_PERIOD_TOO_LONG}) and the municipal
 * notice deadline ask it alike, so an association's member and a municipality's department get the
 * same exit day for the same terms.
 *
 * <p>§ 39 Abs. 2 BGB: "Durch die Satzung kann bestimmt werden, dass der Austritt nur am Schluss eines
 * Geschäftsjahrs oder erst nach dem Ablauf einer Kündigungsfrist zulässig ist; die Kündigungsfrist kann
 * höchstens zwei Jahre betragen." The cap holds for notice and exit days together (PWW § 39); where the
 * terms exceed it, the two years apply instead, counted from the receipt (BGH NJW 2014, 3239 Rz 32).
 */
public final class ExitLaw {

  /** The citation of the cap: § 39 Abs. 2 BGB. */
  public static final Citation CAP_CITATION =
      Citation.of("§ 39 Abs. 2 BGB", "… die Kündigungsfrist kann höchstens zwei Jahre betragen.");

  /** The longest time the Satzung may bind a leaving member, in months (§ 39 Abs. 2 BGB). */
  public static final int CAP_MONTHS = 24;

  private ExitLaw() {}

  /**
   * The longest time exit terms can bind a member: the notice period and the wait for the next exit day, in
   * years, months and days as the Satzung writes them (a notice period in days or weeks keeps its days).
   *
   * @param notice the notice period
   * @param on the days a member may leave
   * @return the notice period plus the months between exit days, e.g. {@code P3Y} for two years to the year's end
   */
  public static Period bindsAtMost(Period notice, ExitDate on) {
    // normalized() folds months into years and keeps the days as written.
    return notice.plusMonths(on.months()).normalized();
  }

  /**
   * The longest time a statute version's exit terms can bind a member (§ 39 Abs. 2 BGB).
   *
   * @param version the statute version
   * @return the notice period plus the months between exit days; zero where the Satzung sets neither
   */
  public static Period bindsAtMost(StatuteVersion version) {
    return bindsAtMost(version.getExitNotice().orElse(Period.ZERO), version.getExitOnlyAt().orElse(ExitDate.ANY_DAY));
  }

  /**
   * Whether exit terms can bind a member longer than the two years § 39 Abs. 2 BGB allows, for some day of receipt:
   * counted in months where they are months (24 months to the year's end is too long, 12 is not), and in days where
   * the Satzung writes days or weeks (800 days are too long, and so are 731 days where they do not span a 29 February,
   * which some receipt day does).
   *
   * @param binding the longest time the terms bind ({@link #bindsAtMost})
   * @return whether they exceed two years for some day of receipt
   */
  public static boolean exceedsCap(Period binding) {
    // Over a four-year cycle of receipt days every case of February and month lengths occurs.
    LocalDate first = LocalDate.of(2023, 1, 1);
    for (LocalDate received = first; received.isBefore(first.plusYears(4)); received = received.plusDays(1)) {
      if (received.plus(binding).isAfter(received.plusMonths(CAP_MONTHS))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last day of a membership whose exit declaration was received on a day, under a statute version:
   * the first exit day the Satzung allows, counted from its fiscal year's end, that the declaration
   * reaches in time; three months to the year's end: received 30 Sep 2025, out on 31 Dec 2025; received
   * 1 Oct 2025, out on 31 Dec 2026. With neither notice nor exit days, the day of receipt.
   *
   * @param version the statute version in force when the declaration was received
   * @param received the day the board received the declaration
   * @return the last day of the membership, never more than two years after the receipt
   */
  public static LocalDate exitDay(StatuteVersion version, LocalDate received) {
    return exitDay(received, version.getExitNotice().orElse(Period.ZERO),
        version.getExitOnlyAt().orElse(ExitDate.ANY_DAY).months(), version.fiscalYearEnd());
  }

  /**
   * The last day of a membership for notice received on a day, where the exit days come every few months
   * counted from a year's end (12 for the end of the year, 1 for the end of every month where the year
   * ends on a month's last day, 0 for any day after the notice period). Where notice and exit days together
   * exceed {@value #CAP_MONTHS} months, the two years of § 39 Abs. 2 BGB counted from the receipt apply
   * instead: 24 months' notice to the end of the year, received 1 Jan 2000: out on 1 Jan 2002.
   *
   * @param received the day the notice is received
   * @param notice the notice period, not negative
   * @param everyMonths the months between exit days, 0 for any day
   * @param yearEnd the last day of the (fiscal) year the exit days are counted from
   * @return the last day of the membership
   * @throws IllegalArgumentException if the notice period or the months are negative
   */
  public static LocalDate exitDay(LocalDate received, Period notice, int everyMonths, MonthDay yearEnd) {
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(yearEnd, "yearEnd");
    if (notice.isNegative() || everyMonths < 0) {
      throw new IllegalArgumentException("notice and months between exit days must not be negative, but were "
          + notice + " and " + everyMonths);
    }
    LocalDate exit;
    if (everyMonths == 0) {
      exit = notice.isZero() ? received : Periods.endCountedFromEvent(received, notice);
    } else {
      LocalDate base = yearEnd.atYear(received.getYear() - 1);
      boolean monthEnd = base.getDayOfMonth() == base.lengthOfMonth();
      exit = base;
      for (int k = 1; exit.isBefore(received) || latestReceipt(exit, notice).isBefore(received); k++) {
        exit = base.plusMonths((long) k * everyMonths);
        if (monthEnd) {
          exit = exit.withDayOfMonth(exit.lengthOfMonth());
        }
      }
    }
    // The two years bind whatever the terms say, in months, weeks or days (§ 39 Abs. 2 BGB).
    LocalDate cap = Periods.endCountedFromEvent(received, Period.ofMonths(CAP_MONTHS));
    return cap.isBefore(exit) ? cap : exit;
  }

  /**
   * The last day notice may be received for an exit on a day: the latest day whose notice period, counted
   * from the next day (§ 187 Abs. 1 BGB) to the day of the same number N months later or the month's last
   * day where that day is missing (§ 188 Abs. 2 und 3 BGB), ends on or before the exit. Exit 31 December
   * with three months: 30 September; exit 30 June with one month: 31 May. § 193 BGB does not move it.
   *
   * @param exit the last day of the membership
   * @param notice the notice period
   * @return the last day of receipt, never after the exit
   */
  public static LocalDate latestReceipt(LocalDate exit, Period notice) {
    return Periods.latestEventDayFor(exit, notice);
  }
}
