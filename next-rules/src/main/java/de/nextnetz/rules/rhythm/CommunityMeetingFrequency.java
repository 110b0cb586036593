package de.nextnetz.rules.rhythm;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.rules.law.RecordedYears;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.rules.law.RhythmLaw;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A community meets as often a year as the statute says ({@code communityMinMeetings} to {@code
 * communityMaxMeetings}, computed by {@link de.nextnetz.rules.law.RhythmLaw#communityBand}). Citation: the
 * statute version's clause for {@code COMMUNITY_MEETINGS} (else its source). Meetings are the community's events of format
 * community meeting, by the community's identifier, so a community known under several names
 * counts once. For a community founded during the year, the minimum is pro rata of the days from
 * its founding (its founding date; else its first event of the year; else 1 January) to the end of
 * the year, rounded up. A WARNING below the minimum, an INFO above the maximum (descriptive, not a
 * legal duty).
 */
final class CommunityMeetingFrequency extends RhythmRule {

  private static final Citation CITATION = Citation.of("Satzung (Treffen der Communities)");

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("COMMUNITY_MEETING_FREQUENCY", Severity.WARNING, CITATION);

  CommunityMeetingFrequency() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context, RecordedYears recorded) {
    Outcome.Builder outcome = Outcome.builder(DEFINITION.id());
    StatuteVersion statute = context.statute();
    List<Community> communities = association.getCommunities();
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
    int current = context.asOf().getYear();
    for (int year : recorded.upTo(current - 1, outcome)) {
      Optional<StatuteVersion> governing = Statutes.governingYear(association, year, context.asOf(), outcome);
      if (governing.isEmpty()) {
        continue;
      }
      Map<String, Integer> meetings = meetingsByYear.getOrDefault(year, Map.of());
      Map<String, LocalDate> firstEvent = firstEventByYear.getOrDefault(year, Map.of());
      for (int i = 0; i < communities.size(); i++) {
        Community community = communities.get(i);
        if (!existsIn(community, year)) {
          continue;
        }
        outcome.checked();
        int held = meetings.getOrDefault(community.getId(), 0);
        RhythmLaw.MeetingBand band = RhythmLaw.communityBand(governing.get(), community, year,
            Optional.ofNullable(firstEvent.get(community.getId())));
        int minimum = band.minimum();
        if (!band.contains(held)) {
          Finding.Builder finding = Finding.builder(this, held < minimum ? Severity.WARNING : Severity.INFO,
                  Pointer.to("communities", i))
            .citation(Clauses.cite(governing.get(), StatuteParameter.COMMUNITY_MEETINGS))
              .param("community", community.getName())
              .fact("year", Year.of(year))
              .fact("meetings", held)
              .fact("minimum", minimum)
              .fact("maximum", band.maximum());
          if (foundedIn(community, year)) {
            finding.fact("foundedIn", Year.of(year));
          }
          if (held < minimum) {
            finding.dueDate(LocalDate.of(year, 12, 31));
          }
          outcome.add(finding.messageKey(held < minimum
              ? "COMMUNITY_MEETING_FREQUENCY.tooFew" : "COMMUNITY_MEETING_FREQUENCY.tooMany").build());
        }
      }
    }
    Map<String, Integer> meetings = meetingsByYear.getOrDefault(current, Map.of());
    Map<String, LocalDate> firstEvent = firstEventByYear.getOrDefault(current, Map.of());
    for (int i = 0; i < communities.size(); i++) {
      Community community = communities.get(i);
      if (!existsIn(community, current) || !recorded.existedIn(current)) {
        continue;
      }
      int held = meetings.getOrDefault(community.getId(), 0);
      int minimum = RhythmLaw.communityBand(statute, community, current,
          Optional.ofNullable(firstEvent.get(community.getId()))).minimum();
      if (held < minimum) {
        outcome.deadline(Deadline.of(this, Clauses.cite(statute, StatuteParameter.COMMUNITY_MEETINGS), Pointer.to("communities", i),
            LocalDate.of(current, 12, 31),
            Message.builtIn("deadline.COMMUNITY_MEETING_FREQUENCY", Map.of("community", community.getName(),
                "year", Year.of(current), "held", held, "needed", minimum - held, "minimum", minimum)),
            context.asOf()));
      }
    }
    return outcome.build();
  }

  private static boolean existsIn(Community community, int year) {
    return community.getFoundedIn().map(founded -> founded.getValue() <= year).orElse(true);
  }

  private static boolean foundedIn(Community community, int year) {
    return community.getFoundedIn().map(founded -> founded.getValue() == year).orElse(false);
  }
}
