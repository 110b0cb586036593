package de.nextnetz.rules.rhythm;

import de.nextnetz.rules.law.Statutes;
import java.util.Optional;
import de.nextnetz.rules.law.RecordedYears;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.statute.Season;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.Year;

/**
 * Where the statute says so ({@code springAndAutumnConference}), the members meet twice a year, at a
 * spring and an autumn conference. Citation: the statute version's clause for {@code CONFERENCES} (else its
 * source). Each season is judged once it has ended (the
 * statute's spring and autumn windows): a WARNING, due on the season's last day, where its year has
 * records and not exactly one conference of that season; unknown where the year has no record. A
 * conference over two days is one event and counts once. While a season of the year of the check
 * has no conference, the rule states its last day as a deadline.
 */
final class NextpanelFrequency extends RhythmRule {

  private static final Citation CITATION = Citation.of("Satzung (Frühjahrs- und Herbstkonferenz)");

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("NEXTPANEL_FREQUENCY", Severity.WARNING, CITATION);

  NextpanelFrequency() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context, RecordedYears recorded) {
    StatuteVersion statute = context.statute();
    if (association.getStatute().getVersions().stream().noneMatch(StatuteVersion::isSpringAndAutumnConference)) {
      return Outcome.notApplicable(DEFINITION.id());
    }
    Outcome.Builder outcome = Outcome.builder(DEFINITION.id());
    Map<Integer, int[]> conferences = new HashMap<>();
    for (Event event : association.getEvents()) {
      int season = event.getFormat() == EventFormat.NEXTPANEL_SPRING ? 0
          : event.getFormat() == EventFormat.NEXTPANEL_AUTUMN ? 1 : -1;
      if (season >= 0) {
        conferences.computeIfAbsent(event.getDate().getYear(), year -> new int[2])[season]++;
      }
    }
    int current = context.asOf().getYear();
    for (int year : recorded.upTo(current - 1, outcome)) {
      Optional<StatuteVersion> governing = Statutes.governingYear(association, year, context.asOf(), outcome);
      if (governing.isPresent() && governing.get().isSpringAndAutumnConference()) {
        Citation clause = Clauses.cite(governing.get(), StatuteParameter.CONFERENCES);
        judge(year, 0, governing.get().getSpring(), conferences, clause, outcome);
        judge(year, 1, governing.get().getAutumn(), conferences, clause, outcome);
      }
    }
    if (!statute.isSpringAndAutumnConference()) {
      return outcome.build();
    }
    Citation clause = Clauses.cite(statute, StatuteParameter.CONFERENCES);
    Season[] seasons = {statute.getSpring(), statute.getAutumn()};
    for (int season = 0; season < 2; season++) {
      LocalDate end = seasons[season].getLastDay().atYear(current);
      if (context.asOf().isAfter(end)) {
        if (recorded.contains(current)) {
          judge(current, season, seasons[season], conferences, clause, outcome);
        } else {
          outcome.missing(RecordedYears.missing(current, current));
        }
      }
      if (conferences.getOrDefault(current, new int[2])[season] == 0 && recorded.existedIn(current)) {
        outcome.deadline(Deadline.of(this, clause, "/events", end, Message.builtIn("deadline.NEXTPANEL_FREQUENCY",
            Map.of("conference", FORMATS[season], "year", Year.of(current),
                "from", seasons[season].getFirstDay().atYear(current))), context.asOf()));
      }
    }
    return outcome.build();
  }

  private static final EventFormat[] FORMATS = {EventFormat.NEXTPANEL_SPRING, EventFormat.NEXTPANEL_AUTUMN};

  /** Judges one season of a year: exactly one conference, else a finding due at the season's end. */
  private void judge(int year, int season, Season window, Map<Integer, int[]> conferences, Citation clause,
      Outcome.Builder outcome) {
    outcome.checked();
    int held = conferences.getOrDefault(year, new int[2])[season];
    if (held != 1) {
      outcome.add(Finding.builder(this, "/events")
          .citation(clause)
          .fact("year", Year.of(year))
          .fact("conference", FORMATS[season])
          .fact("conferences", held)
          .dueDate(window.getLastDay().atYear(year))
          .build());
    }
  }
}
