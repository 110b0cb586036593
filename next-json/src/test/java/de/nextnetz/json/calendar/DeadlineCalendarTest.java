package de.nextnetz.json.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.Association;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.RuleEngine;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Status;
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
    assertThat(text(board, "DESCRIPTION")).contains("Grundlage: ").contains("§§ 187 Abs. 1, 188 Abs. 2 und 3 BGB")
        .doesNotContain("BOARD_ELECTION_OVERDUE").doesNotContain("/board");
    assertThat(text(board, "CATEGORIES")).isEqualTo("Vereinsfristen");
    assertThat(text(board, "X-NEXT-RULE")).isEqualTo("BOARD_ELECTION_OVERDUE");
    assertThat(text(board, "X-NEXT-PATH")).isEqualTo("/board");
    List<VAlarm> alarms = board.getAlarms();
    assertThat(alarms).singleElement().satisfies(alarm ->
        assertThat(daysBefore(alarm)).isEqualTo(90));
    assertThat(events).filteredOn(event -> !text(event, "UID").startsWith("BOARD_ELECTION_OVERDUE"))
        .allSatisfy(event -> assertThat(event.getAlarms()).singleElement().satisfies(alarm ->
            assertThat(daysBefore(alarm)).isEqualTo(Deadline.DEFAULT_LEAD_DAYS)));
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

  @Test
  @DisplayName("RFC 5545 3.3.11: a lone CR, other control characters and line separators in any text cannot forge events or properties, read by ical4j and by biweekly")
  void control_characters_cannot_forge_a_calendar() throws Exception {
    String forgery = "Satzung \rEND:VEVENT\rBEGIN:VEVENT\rUID:forged@evil\rDTSTART;VALUE=DATE:20300101\rSUMMARY:Pay now"
        + "\rURL:http://evil.example\r\nRRULE:FREQ=DAILY\nX-A:1\u0085X-B:2\u2028X-C:3\u0007\u001b[31m\u009b\u007f";
    Deadline hostile = new Deadline(LocalDate.of(2026, 5, 8), DEADLINES.get(0).ruleId(),
        de.nextnetz.rules.Citation.of(forgery), "/members/0\r/x", de.nextnetz.rules.Message.literal(forgery, forgery), false);
    String ics = DeadlineCalendar.write("Verein\rX-EVIL:1", List.of(hostile, DEADLINES.get(0)), Locale.GERMAN,
        Instant.parse("2026-11-22T09:00:00Z"));

    assertThat(ics.replace("\r\n", "")).as("no CR or LF but the line ends").doesNotContain("\r").doesNotContain("\n");
    assertThat(ics.chars().filter(c -> c != '\r' && c != '\n' && c != '\t' && (c < 0x20 || (c >= 0x7F && c <= 0x9F))))
        .as("no other control character").isEmpty();
    Calendar calendar = parse(ics);
    calendar.validate();
    List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
    assertThat(events).hasSize(2);
    assertThat(events).allSatisfy(event -> {
      assertThat(event.getProperty("RRULE")).isEmpty();
      assertThat(event.getProperty("URL")).isEmpty();
      assertThat(text(event, "UID")).doesNotContain("forged");
    });
    assertThat(text(events.get(0), "SUMMARY")).startsWith("Satzung \nEND:VEVENT\nBEGIN:VEVENT\nUID:forged@evil");

    biweekly.ICalendar second = biweekly.Biweekly.parse(ics).first();
    assertThat(second.getEvents()).hasSize(2).allSatisfy(event -> {
      assertThat(event.getRecurrenceRule()).isNull();
      assertThat(event.getUrl()).isNull();
      assertThat(event.getUid().getValue()).doesNotContain("forged");
    });
    assertThat(second.getEvents().get(0).getSummary().getValue()).startsWith("Satzung \nEND:VEVENT\nBEGIN:VEVENT");
    assertThat(second.getExperimentalProperty("X-EVIL")).isNull();
  }

  @Test
  @DisplayName("Distinct association names and paths give distinct UIDs, also where they differ only in letters beyond ASCII")
  void distinct_names_give_distinct_uids() {
    assertThat(DeadlineCalendar.uidPart("Müllerverein")).isEqualTo("M%C3%BCllerverein");
    assertThat(DeadlineCalendar.uidPart("Möllerverein")).isNotEqualTo(DeadlineCalendar.uidPart("Müllerverein"));
    assertThat(DeadlineCalendar.uidPart("A-B")).isNotEqualTo(DeadlineCalendar.uidPart("A B"));
    assertThat(DeadlineCalendar.uidPart("NExT")).isNotEqualTo(DeadlineCalendar.uidPart("Next"));
    assertThat(DeadlineCalendar.uidPart("/members/1")).isEqualTo("%2Fmembers%2F1");
    String one = DeadlineCalendar.write("Müllerverein", DEADLINES, Locale.GERMAN, Instant.EPOCH);
    String other = DeadlineCalendar.write("Möllerverein", DEADLINES, Locale.GERMAN, Instant.EPOCH);
    java.util.function.Function<String, List<String>> uids = ics -> java.util.Arrays.stream(ics.replace("\r\n ", "")
        .split("\r\n")).filter(line -> line.startsWith("UID:")).toList();
    assertThat(uids.apply(one)).doesNotContainAnyElementsOf(uids.apply(other));
  }

  @Test
  @DisplayName("Satzung 1.3: a lead time of 30 days set on BOARD_TERM_EXPIRING_SOON is the warning's and the calendar's reminder")
  void a_configured_lead_time_reaches_the_calendar() throws Exception {
    RuleEngine<Association> engine = RuleEngine.forAssociations().addRules(BuiltInRules.all())
        .replaceRule(BuiltInRules.boardTermExpiringSoon(30)).build();
    List<Deadline> deadlines = Deadlines.between(engine, NextSeeds.association(), LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31));
    Deadline board = deadlines.stream().filter(deadline -> deadline.ruleId().equals(RuleId.of("BOARD_ELECTION_OVERDUE")))
        .findFirst().orElseThrow();
    assertThat(board.leadDays()).isEqualTo(30);
    assertThat(engine.check(NextSeeds.association(), board.dueBy().minusDays(30)).outcome(RuleId.of("BOARD_TERM_EXPIRING_SOON"))
        .orElseThrow().status()).as("the warning begins on the reminder's day").isEqualTo(Status.VIOLATED);
    assertThat(engine.check(NextSeeds.association(), board.dueBy().minusDays(31)).outcome(RuleId.of("BOARD_TERM_EXPIRING_SOON"))
        .orElseThrow().status()).isEqualTo(Status.SATISFIED);

    VEvent event = parse(DeadlineCalendar.write("NExT e. V.", List.of(board), Locale.GERMAN,
        Instant.parse("2026-11-22T09:00:00Z"))).<VEvent>getComponents(VEvent.VEVENT).get(0);
    assertThat(event.getAlarms()).singleElement().satisfies(alarm -> assertThat(daysBefore(alarm)).isEqualTo(30));
  }

  @Test
  @DisplayName("An overdue deadline is marked in its summary and has no reminder, which would lie in the past")
  void overdue_deadlines_are_marked_without_a_reminder() throws Exception {
    List<Deadline> deadlines = Deadlines.between(NextSeeds.association(), LocalDate.of(2026, 12, 1),
        LocalDate.of(2027, 3, 31));
    Deadline board = deadlines.stream().filter(deadline -> deadline.ruleId().equals(RuleId.of("BOARD_ELECTION_OVERDUE")))
        .findFirst().orElseThrow();
    assertThat(board.overdue()).isTrue();

    List<VEvent> events = parse(DeadlineCalendar.write(NextSeeds.association(), deadlines, Locale.GERMAN,
        Instant.parse("2026-12-01T09:00:00Z"))).getComponents(VEvent.VEVENT);

    VEvent overdue = events.stream().filter(event -> text(event, "X-NEXT-RULE").equals("BOARD_ELECTION_OVERDUE"))
        .findFirst().orElseThrow();
    assertThat(text(overdue, "SUMMARY")).startsWith("Überfällig: Den Vorstand");
    assertThat(overdue.getAlarms()).isEmpty();
    assertThat(events).filteredOn(event -> !text(event, "SUMMARY").startsWith("Überfällig"))
        .isNotEmpty().allSatisfy(event -> assertThat(event.getAlarms()).hasSize(1));
  }

  @Test
  @DisplayName("Written from the association, a place names items by id: a community inserted first changes no other"
      + " event's UID; only its own events are new")
  void inserting_a_community_keeps_the_other_uids() throws Exception {
    Association next = NextSeeds.association();
    java.util.List<de.nextnetz.domain.community.Community> communities = new java.util.ArrayList<>(next.getCommunities());
    communities.add(0, communities.get(0).toBuilder().id("c-new").name("Neue Gemeinschaft").build());
    Association inserted = next.toBuilder().communities(communities).build();
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2027, 12, 31);
    java.util.function.Function<Association, java.util.Set<String>> uids = association -> {
      try {
        return parse(DeadlineCalendar.write(association, Deadlines.between(association, from, to), Locale.GERMAN,
            Instant.EPOCH)).<VEvent>getComponents(VEvent.VEVENT).stream().map(event -> text(event, "UID"))
            .collect(java.util.stream.Collectors.toSet());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
    java.util.Set<String> before = uids.apply(next);
    java.util.Set<String> after = uids.apply(inserted);

    assertThat(before.stream().filter(uid -> uid.contains("communities"))).isNotEmpty()
        .allSatisfy(uid -> assertThat(uid).contains("%40"));
    assertThat(after).containsAll(before);
    assertThat(after).filteredOn(uid -> !before.contains(uid)).isNotEmpty()
        .allSatisfy(uid -> assertThat(uid).contains("%40c%2Dnew"));
  }
}
