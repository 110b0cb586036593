package de.nextnetz.rules.rhythm;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A community meets two to six times a year.
 * <blockquote>NExTcommunities … treffen sich je nach Bedarf zwei bis sechs Mal im
 * Jahr.</blockquote>
 * Citation: activity report 2024, section 2.2. Meetings are the community's events of format
 * community meeting, by the community's identifier, so a community known under several names
 * counts once. For a community founded during the year, the minimum is pro rata of the days from
 * its founding (its founding date; else its first event of the year; else 1 January) to the end of
 * the year, rounded up. A WARNING below the minimum, an INFO above the maximum (descriptive, not a
 * legal duty).
 */
public final class CommunityMeetingFrequency implements StatuteRule {

  /** {@code COMMUNITY_MEETING_FREQUENCY}. */
  public static final RuleId ID = RuleId.of("COMMUNITY_MEETING_FREQUENCY");

  private static final Citation CITATION = Citation.nextStatute("2.2",
      "NExTcommunities … treffen sich je nach Bedarf zwei bis sechs Mal im Jahr.");

  /** Creates the rule. */
  public CommunityMeetingFrequency() {}

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(ID);
    StatuteVersion statute = context.statute();
    List<Community> communities = association.getCommunities();
    List<Year> years = RecordedYears.judged(association, context.asOf(), outcome);
    // One pass over the events: meetings and first event per year and community.
    Map<Integer, Map<String, Integer>> meetingsByYear = new HashMap<>();
    Map<Integer, Map<String, LocalDate>> firstEventByYear = new HashMap<>();
    for (Event event : association.getEvents()) {
      if (event.getCommunityId().isEmpty()) {
        continue;
      }
      int year = event.getDate().getYear();
      String community = event.getCommunityId().get();
      firstEventByYear.computeIfAbsent(year, y -> new HashMap<>())
          .merge(community, event.getDate(), (a, b) -> a.isBefore(b) ? a : b);
      if (event.getFormat() == EventFormat.COMMUNITY_MEETING) {
        meetingsByYear.computeIfAbsent(year, y -> new HashMap<>()).merge(community, 1, Integer::sum);
      }
    }
    for (Year year : years) {
      Map<String, Integer> meetings = meetingsByYear.getOrDefault(year.getValue(), Map.of());
      Map<String, LocalDate> firstEvent = firstEventByYear.getOrDefault(year.getValue(), Map.of());
      for (int i = 0; i < communities.size(); i++) {
        Community community = communities.get(i);
        Optional<Year> founded = community.getFoundedIn();
        if (founded.isPresent() && founded.get().isAfter(year)) {
          continue;
        }
        outcome.checked();
        int held = meetings.getOrDefault(community.getId(), 0);
        int minimum = statute.getCommunityMinMeetings();
        boolean foundedThisYear = founded.isPresent() && founded.get().equals(year);
        if (foundedThisYear && statute.isCommunityProRata()) {
          LocalDate start = community.getFoundingDate()
              .orElse(firstEvent.getOrDefault(community.getId(), year.atDay(1)));
          long active = ChronoUnit.DAYS.between(start, year.plusYears(1).atDay(1));
          minimum = (int) Math.ceil(minimum * (double) active / year.length());
        }
        if (held < minimum || held > statute.getCommunityMaxMeetings()) {
          Finding.Builder finding = Finding.builder(this, held < minimum ? Severity.WARNING : Severity.INFO,
                  Pointer.to("communities", i))
              .param("community", community.getName())
              .fact("year", year)
              .fact("meetings", held)
              .fact("minimum", minimum)
              .fact("maximum", statute.getCommunityMaxMeetings());
          if (foundedThisYear) {
            finding.fact("foundedIn", year);
          }
          outcome.add(finding.messageKey(held < minimum
              ? "COMMUNITY_MEETING_FREQUENCY.tooFew" : "COMMUNITY_MEETING_FREQUENCY.tooMany").build());
        }
      }
    }
    return outcome.build();
  }
}
