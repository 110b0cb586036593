package de.nextnetz.rules.municipal;

import de.nextnetz.domain.time.Periods;
import de.nextnetz.rules.law.ExitLaw;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Objects;

/**
 * When notice to leave must be received, under § 39 Abs. 2 BGB ("nur am Schluss eines
 * Geschäftsjahrs oder erst nach dem Ablauf einer Kündigungsfrist"): for leaving at the end of a
 * year with a notice period of N months, the declaration must be received by the day before the N
 * months before the next day. 3 months to 31 Dec 2025: received by 30 Sep 2025; 1 month to
 * 30 June: by 31 May (not 30 May). § 193 BGB does not move a notice period.
 */
final class NoticeDeadline {

  private static final MonthDay YEAR_END = MonthDay.of(12, 31);

  private NoticeDeadline() {}

  /**
   * The last day notice may be received for an exit on a day ({@link Periods#latestEventDayFor}):
   * the latest day of receipt whose
   * notice period, counted from the next day (§ 187 Abs. 1 BGB) to the day of the same number N
   * months later or the month's last day where that day is missing (§ 188 Abs. 2 und 3 BGB), ends
   * on or before the exit. Exit 31 December with three months: 30 September; exit 30 June with one
   * month: 31 May; exit 28 January 2000 with eleven months: 28 February 1999.
   *
   * @param exit the last day of the membership
   * @param noticeMonths the notice period, 0 to 24 months
   * @return the last day of receipt, never after the exit
   * @throws IllegalArgumentException if the notice period is negative or longer than two years
   */
  public static LocalDate latestReceipt(LocalDate exit, int noticeMonths) {
    Objects.requireNonNull(exit, "exit");
    checkMonths(noticeMonths);
    return ExitLaw.latestReceipt(exit, Period.ofMonths(noticeMonths));
  }

  /**
   * The earliest exit that notice received on a day still reaches: the end of a year where the
   * terms allow leaving only then, else the end of a month; computed by {@link ExitLaw#exitDay}, the one
   * place of the § 39 exit day, with its two-year cap.
   *
   * @param received the day the notice is received
   * @param noticeMonths the notice period, 0 to 24 months
   * @param onlyAtYearEnd whether leaving is possible only at the end of a (calendar) year
   * @return the last day of the membership
   * @throws IllegalArgumentException if the notice period is negative or longer than two years
   */
  public static LocalDate earliestExit(LocalDate received, int noticeMonths, boolean onlyAtYearEnd) {
    Objects.requireNonNull(received, "received");
    checkMonths(noticeMonths);
    return ExitLaw.exitDay(received, Period.ofMonths(noticeMonths), onlyAtYearEnd ? 12 : 1, YEAR_END);
  }

  /**
   * The first end of a year that notice received on a day still reaches ({@link ExitLaw#exitDay}).
   *
   * @param received the day the notice is received
   * @param noticeMonths the notice period, 0 to 24 months
   * @return the last day of the membership: a 31 December, or two years after the receipt where notice
   *     and the wait for the year's end exceed the 24 months of § 39 Abs. 2 BGB
   * @throws IllegalArgumentException if the notice period is negative or longer than two years
   */
  public static LocalDate exitAtYearEnd(LocalDate received, int noticeMonths) {
    return earliestExit(received, noticeMonths, true);
  }

  private static void checkMonths(int noticeMonths) {
    if (noticeMonths < 0 || noticeMonths > ExitLaw.CAP_MONTHS) {
      throw new IllegalArgumentException("notice months must be from 0 to " + ExitLaw.CAP_MONTHS
          + " (§ 39 Abs. 2 BGB), but was " + noticeMonths);
    }
  }
}
