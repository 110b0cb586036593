package de.nextnetz.json.calendar;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.Deadline;
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
 *   <li>the summary says what is due, an overdue one marked as such; the description adds the clause behind it,
 *       in the office's words; the rule and the place (JSON Pointer) are there for programs, as {@code X-NEXT-RULE}
 *       and {@code X-NEXT-PATH};
 *   <li>the UID is made of the association, the rule, the place and the due day, so the same
 *       deadline exported again has the same UID and a calendar updates it instead of adding it
 *       twice (a deadline that moves, e.g. after an election, is a new event); written from the association
 *       ({@link #write(Association, List, Locale, Instant)}), the place names each item of a list by its id, not its
 *       position, so inserting a community or a member changes no other event's UID;
 *   <li>a reminder (VALARM) at the deadline's lead time ({@link Deadline#leadDays()}): the lead time of the rule
 *       that warns of it, as the engine was configured (the board's re-election: {@code BOARD_TERM_EXPIRING_SOON}'s,
 *       90 days unless set), else {@value Deadline#DEFAULT_LEAD_DAYS} days; none for an overdue deadline, whose
 *       reminder would lie in the past.
 * </ul>
 *
 * <p>Lines end with CRLF and are folded at 75 octets, texts are escaped as RFC 5545 says (3.3.11).
 */
public final class DeadlineCalendar {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private DeadlineCalendar() {}

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
    return write(association, deadlines, locale, stamp, path -> path);
  }

  /**
   * Writes the calendar of an association's deadlines, the places in the UIDs by the ids of the items.
   *
   * @param association the association, whose display name names the calendar and whose ids name the places
   * @param deadlines the deadlines, e.g. from {@code Deadlines.between}
   * @param locale the language of the texts
   * @param stamp when the calendar is made (DTSTAMP)
   * @return the calendar, CRLF line ends
   */
  public static String write(Association association, List<Deadline> deadlines, Locale locale, Instant stamp) {
    return write(association.getDisplayName(), deadlines, locale, stamp, StablePlaces.of(association));
  }

  private static String write(String association, List<Deadline> deadlines, Locale locale, Instant stamp,
      java.util.function.UnaryOperator<String> place) {
    boolean german = locale.getLanguage().equals("de");
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//NExT e. V.//next//" + (german ? "DE" : "EN"));
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + text((german ? "Fristen " : "Deadlines ") + association));
    String domain = uidPart(association) + ".next-netz.de";
    for (Deadline deadline : deadlines) {
      LocalDate due = deadline.dueBy();
      String what = deadline.message(locale);
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + deadline.ruleId().value() + uidPart(place.apply(deadline.path())) + "-" + due.format(DAY)
          + "@" + domain);
      line(out, "DTSTAMP:" + STAMP.format(stamp));
      line(out, "DTSTART;VALUE=DATE:" + due.format(DAY));
      line(out, "DTEND;VALUE=DATE:" + due.plusDays(1).format(DAY));
      String summary = deadline.overdue() ? (german ? "Überfällig: " : "Overdue: ") + what : what;
      line(out, "SUMMARY:" + text(summary));
      line(out, "DESCRIPTION:" + text(summary + "\n" + (german ? "Grundlage: " : "Clause: ")
          + deadline.citation().source()));
      line(out, "CATEGORIES:" + text(german ? "Vereinsfristen" : "Association deadlines"));
      line(out, "X-NEXT-RULE:" + text(deadline.ruleId().value()));
      line(out, "X-NEXT-PATH:" + text(deadline.path()));
      line(out, "TRANSP:TRANSPARENT");
      if (!deadline.overdue()) {
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(out, "DESCRIPTION:" + text(what));
        line(out, "TRIGGER;RELATED=START:-P" + deadline.leadDays() + "D");
        line(out, "END:VALARM");
      }
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /**
   * A JSON Pointer or name as a part of a UID, one to one: ASCII letters and digits stay, every other
   * character is written as its UTF-8 octets in percent form ({@code "/board"} is {@code "%2Fboard"},
   * {@code "Müllerverein"} is {@code "M%C3%BCllerverein"}), so distinct names give distinct UIDs and no
   * input ends the UID or the line.
   */
  static String uidPart(String text) {
    StringBuilder part = new StringBuilder();
    for (byte octet : text.getBytes(StandardCharsets.UTF_8)) {
      int c = octet & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        part.append((char) c);
      } else {
        part.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return part.toString();
  }

  /**
   * Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped; every line break
   * (CRLF, a lone CR or LF, U+0085, U+2028, U+2029) as {@code \n}; every other control character
   * (C0 but the tab, DEL, C1), which a TEXT value may not hold and which would let a text end its line and
   * forge properties or events, as U+FFFD.
   */
  static String text(String value) {
    StringBuilder text = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case ';' -> text.append("\\;");
        case ',' -> text.append("\\,");
        case '\r' -> {
          text.append("\\n");
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n', '\u0085', '\u2028', '\u2029' -> text.append("\\n");
        default -> text.append(c != '\t' && (c < 0x20 || (c >= 0x7F && c <= 0x9F)) ? '\uFFFD' : c);
      }
    }
    return text.toString();
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
