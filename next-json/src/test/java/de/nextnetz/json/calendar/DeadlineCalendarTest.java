package de.nextnetz.json.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.deadlines.Deadlines;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** NExT's deadlines of 2026 and 2027 as an iCalendar, read back by ical4j. */
class DeadlineCalendarTest {

  private static final List<Deadline> DEADLINES = Deadlines.between(NextSeeds.association(), LocalDate.of(2026, 1, 1),
      LocalDate.of(2027, 12, 31));

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  /** The trigger as ical4j reads it (it writes 14 days as two weeks), in days before the start. */
  private static int daysBefore(VAlarm alarm) {
    String trigger = alarm.getProperty("TRIGGER").map(Property::getValue).orElseThrow();
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("-P([0-9]+)([WD])").matcher(trigger);
    assertThat(matcher.matches()).as(trigger).isTrue();
    return Integer.parseInt(matcher.group(1)) * (matcher.group(2).equals("W") ? 7 : 1);
  }

  private static String text(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElseThrow();
  }

  @Test
  @DisplayName("Satzung 1.3, §§ 187, 188 BGB: every deadline of 2026–2027 is one all-day event, read back by ical4j")
  void every_deadline_is_an_event() throws Exception {
    String ics = DeadlineCalendar.write("NExT e. V.", DEADLINES, Locale.GERMAN, Instant.parse("2026-11-22T09:00:00Z"));

    Calendar calendar = parse(ics);
    calendar.validate();
    List<VEvent> events = calendar.getComponents(VEvent.VEVENT);

    assertThat(DEADLINES).hasSizeGreaterThan(5);
    assertThat(events).hasSameSizeAs(DEADLINES);
    assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(75));
    VEvent board = events.stream().filter(event -> text(event, "UID").startsWith("BOARD_ELECTION_OVERDUE")).findFirst()
        .orElseThrow();
    assertThat(text(board, "DTSTART")).isEqualTo("20261121");
    assertThat(text(board, "SUMMARY")).startsWith("Den Vorstand (zuletzt gewählt am 21. November 2024)");
    assertThat(text(board, "DESCRIPTION")).contains("Regel BOARD_ELECTION_OVERDUE, /board")
        .contains("§§ 187 Abs. 1, 188 Abs. 2 und 3 BGB");
    List<VAlarm> alarms = board.getAlarms();
    assertThat(alarms).singleElement().satisfies(alarm ->
        assertThat(daysBefore(alarm)).isEqualTo(90));
    assertThat(events).filteredOn(event -> !text(event, "UID").startsWith("BOARD_ELECTION_OVERDUE"))
        .allSatisfy(event -> assertThat(event.getAlarms()).singleElement().satisfies(alarm ->
            assertThat(daysBefore(alarm)).isEqualTo(DeadlineCalendar.DEFAULT_LEAD_DAYS)));
  }

  @Test
  @DisplayName("Two exports on different days give the same UIDs, so a calendar updates its events instead of doubling them")
  void uids_are_stable_across_exports() throws Exception {
    Calendar first = parse(DeadlineCalendar.write("NExT e. V.", DEADLINES, Locale.ENGLISH, Instant.parse("2026-11-22T09:00:00Z")));
    Calendar second = parse(DeadlineCalendar.write("NExT e. V.", DEADLINES, Locale.GERMAN, Instant.parse("2027-01-05T16:30:00Z")));

    List<String> uids = first.<VEvent>getComponents(VEvent.VEVENT).stream().map(event -> text(event, "UID")).toList();
    assertThat(uids).doesNotHaveDuplicates().hasSameSizeAs(DEADLINES);
    assertThat(second.<VEvent>getComponents(VEvent.VEVENT).stream().map(event -> text(event, "UID")).toList())
        .isEqualTo(uids);
  }
}
