package de.nextnetz.rules.municipal;

import de.nextnetz.domain.time.Periods;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * When notice to leave must be received, under § 39 Abs. 2 BGB ("nur am Schluss eines
 * Geschäftsjahrs oder erst nach dem Ablauf einer Kündigungsfrist"): for leaving at the end of a
 * year with a notice period of N months, the declaration must be received by the day before the N
 * months before the next day. 3 months to 31 Dec 2025: received by 30 Sep 2025; 1 month to
 * 30 June: by 31 May (not 30 May). § 193 BGB does not move a notice period.
 */
public final class NoticeDeadline {

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
    if (noticeMonths < 0 || noticeMonths > 24) {
      throw new IllegalArgumentException(
          "notice months must be from 0 to 24 (§ 39 Abs. 2 BGB), but was " + noticeMonths);
    }
    return Periods.latestEventDayFor(exit, Period.ofMonths(noticeMonths));
  }

  /**
   * The earliest exit that notice received on a day still reaches: the end of a year where the
   * terms allow leaving only then, else the end of a month.
   *
   * @param received the day the notice is received
   * @param noticeMonths the notice period, 0 to 24 months
   * @param onlyAtYearEnd whether leaving is possible only at the end of a (calendar) year
   * @return the last day of the membership
   * @throws IllegalArgumentException if the notice period is negative or longer than two years
   */
  public static LocalDate earliestExit(LocalDate received, int noticeMonths, boolean onlyAtYearEnd) {
    if (onlyAtYearEnd) {
      return exitAtYearEnd(received, noticeMonths);
    }
    LocalDate exit = received.withDayOfMonth(received.lengthOfMonth());
    while (latestReceipt(exit, noticeMonths).isBefore(received)) {
      exit = exit.plusMonths(1);
      exit = exit.withDayOfMonth(exit.lengthOfMonth());
    }
    return exit;
  }

  /**
   * The first end of a year that notice received on a day still reaches.
   *
   * @param received the day the notice is received
   * @param noticeMonths the notice period, 0 to 24 months
   * @return the 31 December the membership ends
   * @throws IllegalArgumentException if the notice period is negative or longer than two years
   */
  public static LocalDate exitAtYearEnd(LocalDate received, int noticeMonths) {
    LocalDate exit = LocalDate.of(received.getYear(), 12, 31);
    while (latestReceipt(exit, noticeMonths).isBefore(received)) {
      exit = exit.plusYears(1);
    }
    return exit;
  }
}
