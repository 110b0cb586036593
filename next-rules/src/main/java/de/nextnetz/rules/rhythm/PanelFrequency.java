package de.nextnetz.rules.rhythm;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.time.Year;

/**
 * The NExTpanel meets twice a year, at a spring and an autumn conference.
 * <blockquote>Als NExTpanel werden die Vereinsmitglieder des NExT e. V. bezeichnet. Sie
 * treffen sich halbjährlich zu einer Sitzung, der Frühjahrs- und Herbstkonferenz.</blockquote>
 * Citation: activity report 2024, section 2.7. A conference over two days is one event and counts
 * once. A WARNING per completed year with records and not exactly one spring and one autumn
 * conference.
 */
public final class PanelFrequency implements StatuteRule {

  /** {@code NEXTPANEL_FREQUENCY}. */
  public static final RuleId ID = RuleId.of("NEXTPANEL_FREQUENCY");

  private static final Citation CITATION = Citation.nextStatute("2.7",
      "Als NExTpanel werden die Vereinsmitglieder des NExT e. V. bezeichnet. Sie treffen sich"
          + " halbjährlich zu einer Sitzung, der Frühjahrs- und Herbstkonferenz.");

  /** Creates the rule. */
  public PanelFrequency() {}

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
    if (!context.statute().isSpringAndAutumnConference()) {
      return Outcome.notApplicable(ID);
    }
    Outcome.Builder outcome = Outcome.builder(ID);
    for (Year year : RecordedYears.judged(association, context.asOf(), outcome)) {
      outcome.checked();
      long spring = count(association, EventFormat.NEXTPANEL_SPRING, year);
      long autumn = count(association, EventFormat.NEXTPANEL_AUTUMN, year);
      if (spring != 1 || autumn != 1) {
        outcome.add(Finding.builder(this, Severity.WARNING, "/events")
            .fact("year", year)
            .fact("spring", spring)
            .fact("autumn", autumn)
            .build());
      }
    }
    return outcome.build();
  }

  private static long count(Association association, EventFormat format, Year year) {
    return association.getEvents().stream()
        .filter(event -> event.getFormat() == format && RecordedYears.within(event.getDate(), year))
        .count();
  }
}
