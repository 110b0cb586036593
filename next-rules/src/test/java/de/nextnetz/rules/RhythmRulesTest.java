package de.nextnetz.rules;

import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.findings;
import static de.nextnetz.rules.Fixtures.next;
import static de.nextnetz.rules.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.event.GeneralAssembly;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** NExT's rhythm on the 57 rows of Table 1 of the activity report 2024. */
class RhythmRulesTest {

  private static final LocalDate AFTER_2024 = day("2025-01-01");

  private static ImmutableAssociation withoutEvents(EventFormat format) {
    ImmutableAssociation next = next();
    return next.withEvents(next.getEvents().stream().filter(e -> e.getFormat() != format).toList());
  }

  private static Event meeting(String id, String day, String community) {
    return Event.builder().id(id).date(day(day)).format(EventFormat.COMMUNITY_MEETING).title(community)
        .communityId(community).mode(EventMode.VIRTUAL).build();
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2.7: 2024 had one spring (16 Apr) and one two-day autumn conference (21–22 Nov), counted once")
  void the_panel_met_twice_in_2024() {
    assertThat(status(next(), AFTER_2024, RuleId.of("NEXTPANEL_FREQUENCY"))).isEqualTo(Status.SATISFIED);
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2.7: a year without spring conference is a WARNING")
  void a_missing_spring_conference() {
    assertThat(findings(withoutEvents(EventFormat.NEXTPANEL_SPRING), AFTER_2024, RuleId.of("NEXTPANEL_FREQUENCY")))
        .singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH))
            .isEqualTo("NExTpanel spring conference 2024: none was held; the statute expects exactly one."));
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2.7: the 2024 assembly met on 21 Nov 2024 within the autumn conference")
  void the_assembly_met_at_the_autumn_conference() {
    assertThat(status(next(), AFTER_2024, RuleId.of("MV_NOT_AT_AUTUMN_CONFERENCE"))).isEqualTo(Status.SATISFIED);
    assertThat(status(next(), AFTER_2024, RuleId.of("MV_ANNUAL_MISSING"))).isEqualTo(Status.SATISFIED);
  }

  @Test
  void an_assembly_on_another_day_and_a_year_without_one_are_warnings() {
    Association elsewhere = next().withGeneralAssemblies(
        GeneralAssembly.builder().id("mv-2024").date(day("2024-11-25")).build());
    assertThat(findings(elsewhere, AFTER_2024, RuleId.of("MV_NOT_AT_AUTUMN_CONFERENCE")))
        .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("/generalAssemblies/0"));

    Association none = next().withGeneralAssemblies();
    assertThat(findings(none, AFTER_2024, RuleId.of("MV_ANNUAL_MISSING")))
        .singleElement().satisfies(f -> {
          assertThat(f.message(Locale.ENGLISH)).isEqualTo("No general assembly was held in 2024.");
          assertThat(f.citation().source()).contains("§ 36 BGB");
        });
  }

  @Test
  void a_year_without_any_record_is_unknown_not_a_breach() {
    Outcome outcome = Fixtures.check(next(), day("2026-01-01")).outcome(RuleId.of("MV_ANNUAL_MISSING")).orElseThrow();
    assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
    assertThat(outcome.missingFacts()).containsExactly("/events (2025)");
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2.2: two to six meetings; Test & QS and 4Germany met 0 times, Innovationsmanagement once")
  void communities_below_two_meetings_in_2024() {
    assertThat(findings(next(), AFTER_2024, RuleId.of("COMMUNITY_MEETING_FREQUENCY")))
        .extracting(f -> f.message(Locale.ENGLISH)).containsExactly(
            "The community Test & QS met not at all in 2024; at least 2 meetings were expected.",
            "The community Innovationsmanagement met once in 2024; at least 2 meetings were expected.",
            "The community 4Germany met not at all in 2024; at least 2 meetings were expected.");
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2.2: women@NExT counts once under its two names (women@NExT, Woman@NExT)")
  void a_community_under_two_names_counts_once() {
    ImmutableAssociation next = next();
    List<Event> events = new ArrayList<>(next.getEvents());
    events.add(meeting("x1", "2024-12-20", "women-at-next"));
    events.add(meeting("x2", "2024-12-21", "women-at-next"));
    // Table 1 has five women@NExT meetings (one written "Woman@NExT"); two more make seven.
    assertThat(findings(next.withEvents(events), AFTER_2024, RuleId.of("COMMUNITY_MEETING_FREQUENCY")))
        .filteredOn(f -> f.severity() == Severity.INFO)
        .singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH))
            .isEqualTo("The community women@NExT met 7 times in 2024; at most 6 are expected."));
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2.2: a community founded during the year is held to its share of the minimum")
  void pro_rata_for_a_community_founded_during_the_year() {
    Community autumn = Community.builder().id("neu").name("Neue Community").foundingDate(day("2024-10-01")).build();
    ImmutableAssociation next = next();
    List<Community> communities = new ArrayList<>(next.getCommunities());
    communities.add(autumn);
    List<Event> events = new ArrayList<>(next.getEvents());
    events.add(meeting("n1", "2024-11-10", "neu"));
    Association founded = next.withCommunities(communities).withEvents(events);

    // 92 of 366 days: ceil(2 * 92 / 366) = 1 meeting suffices.
    assertThat(findings(founded, AFTER_2024, RuleId.of("COMMUNITY_MEETING_FREQUENCY")))
        .noneMatch(f -> f.path().equals("/communities/" + (communities.size() - 1)));
    Association notProRata = Fixtures.withStatute(founded, v -> v.withCommunityProRata(false));
    assertThat(findings(notProRata, AFTER_2024, RuleId.of("COMMUNITY_MEETING_FREQUENCY")))
        .anyMatch(f -> f.path().equals("/communities/" + (communities.size() - 1)));
  }
}
