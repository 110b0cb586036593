package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code next deadlines --format ics}: the office's calendar. */
class CalendarCliTest {

  @Test
  @DisplayName("Satzung 1.3: the board's re-election is an event on 21 Nov 2026 with a reminder 90 days before")
  void deadlines_as_an_icalendar() {
    NextCliTest.Run run = next("deadlines", "--from", "2026-01-01", "--days", "729", "--format", "ics", "--lang", "de");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
        .contains("UID:BOARD_ELECTION_OVERDUE%2Fboard-20261121@NExT%20e%2E%20V%2E.next-netz.de\r\n")
        .contains("DTSTAMP:20261122T090000Z\r\n")
        .contains("TRIGGER;RELATED=START:-P90D\r\n")
        .contains("X-WR-CALNAME:Fristen NExT e. V.\r\n");
    assertThat(next("deadlines", "--format", "ics").out()).contains("X-WR-CALNAME:Deadlines NExT e. V.");
  }

  @Test
  @DisplayName("--format is text, json or ics for deadlines, and text or json elsewhere")
  void other_formats_are_refused() {
    assertThat(next("deadlines", "--format", "xml").code()).isEqualTo(2);
    assertThat(next("check", "--format", "ics").code()).isEqualTo(2);
  }
}
