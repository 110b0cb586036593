package de.nextnetz.json.calendar;

import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.board.BoardElectionOverdue;
import de.nextnetz.rules.board.BoardTermExpiringSoon;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes deadlines as an iCalendar (RFC 5545), one all-day event per deadline on its due day, for
 * the office's calendar (Outlook, Thunderbird, Apple and Google calendars import it):
 *
 * <ul>
 *   <li>the summary names the rule and what is due; the description adds where (the JSON Pointer)
 *       and the clause behind it;
 *   <li>the UID is made of the association, the rule, the place and the due day, so the same
 *       deadline exported again has the same UID and a calendar updates it instead of adding it
 *       twice (a deadline that moves, e.g. after an election, is a new event);
 *   <li>a reminder (VALARM) at the rule's lead time: {@value BoardTermExpiringSoon#DEFAULT_LEAD_DAYS} days for the
 *       board's re-election (the lead time of {@code BOARD_TERM_EXPIRING_SOON}),
 *       {@value #DEFAULT_LEAD_DAYS} days for every other deadline, whose rule states none.
 * </ul>
 *
 * <p>Lines end with CRLF and are folded at 75 octets, texts are escaped as RFC 5545 says (3.3.11).
 */
public final class DeadlineCalendar {

  /** The reminder, in days before the due day, of a deadline whose rule states no lead time. */
  public static final int DEFAULT_LEAD_DAYS = 14;

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private DeadlineCalendar() {}

  /**
   * The reminder's lead time of a deadline.
   *
   * @param deadline the deadline
   * @return days before the due day
   */
  public static int leadDays(Deadline deadline) {
    return deadline.ruleId().equals(BoardElectionOverdue.ID) ? BoardTermExpiringSoon.DEFAULT_LEAD_DAYS : DEFAULT_LEAD_DAYS;
  }

  /**
   * Writes the calendar.
   *
   * @param association the association's display name, e.g. {@code "NExT e. V."}, in the calendar's name and the UIDs
   * @param deadlines the deadlines
   * @param locale the language of the texts
   * @param stamp when the calendar is made (DTSTAMP)
   * @return the calendar, CRLF line ends
   */
  public static String write(String association, List<Deadline> deadlines, Locale locale, Instant stamp) {
    boolean german = locale.getLanguage().equals("de");
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//NExT e. V.//next//" + (german ? "DE" : "EN"));
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text((german ? "Fristen " : "Deadlines ") + association));
    String domain = slug(association) + ".next-netz.de";
    for (Deadline deadline : deadlines) {
      LocalDate due = deadline.dueBy();
      String what = deadline.message(locale);
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + deadline.ruleId().value() + slug(deadline.path()) + "-" + due.format(DAY) + "@" + domain);
      line(out, "DTSTAMP:" + STAMP.format(stamp));
      line(out, "DTSTART;VALUE=DATE:" + due.format(DAY));
      line(out, "DTEND;VALUE=DATE:" + due.plusDays(1).format(DAY));
      line(out, "SUMMARY:" + text(what));
      line(out, "DESCRIPTION:" + text(what + "\n" + (german ? "Regel " : "Rule ") + deadline.ruleId().value() + ", "
          + deadline.path() + "\n" + (german ? "Grundlage: " : "Clause: ") + deadline.citation().source()));
      line(out, "CATEGORIES:" + text(deadline.ruleId().value()));
      line(out, "TRANSP:TRANSPARENT");
      line(out, "BEGIN:VALARM");
      line(out, "ACTION:DISPLAY");
      line(out, "DESCRIPTION:" + text(what));
      line(out, "TRIGGER;RELATED=START:-P" + leadDays(deadline) + "D");
      line(out, "END:VALARM");
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** A JSON Pointer or name as a part of a UID: letters and digits, the rest as '-'. */
  private static String slug(String text) {
    StringBuilder slug = new StringBuilder();
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      slug.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '-');
    }
    return slug.toString();
  }

  /** Escapes a TEXT value (RFC 5545, 3.3.11). */
  private static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
  }

  /** Appends a content line, folded at 75 octets without splitting a UTF-8 character (RFC 5545, 3.1). */
  private static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }
}
