package de.nextnetz.rules.rhythm;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.time.Year;

/**
 * An ordinary general assembly meets every year.
 * <blockquote>Der Vorstand muss spätestens zwei Jahre nach der letzten Wahl in der
 * jährlichen Mitgliederversammlung neu gewählt werden.</blockquote>
 * Citation: NExT statute, activity report 2024, section 1.3 ("jährliche Mitgliederversammlung");
 * the BGB itself asks for no annual assembly (§ 36 BGB). A WARNING per completed year with records
 * but no assembly held.
 */
public final class AnnualAssemblyMissing implements StatuteRule {

  /** {@code MV_ANNUAL_MISSING}. */
  public static final RuleId ID = RuleId.of("MV_ANNUAL_MISSING");

  private static final Citation CITATION = Citation.of(
      "Satzung NExT e. V. (Tätigkeitsbericht 2024, Abschnitt 1.3); § 36 BGB",
      "… in der jährlichen Mitgliederversammlung neu gewählt werden.");

  /** Creates the rule. */
  public AnnualAssemblyMissing() {}

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
    if (!context.statute().isAnnualGeneralAssembly()) {
      return Outcome.notApplicable(ID);
    }
    Outcome.Builder outcome = Outcome.builder(ID);
    for (Year year : RecordedYears.judged(association, context.asOf(), outcome)) {
      outcome.checked();
      boolean held = association.getGeneralAssemblies().stream()
          .anyMatch(assembly -> assembly.getStatus() == AssemblyStatus.HELD
              && RecordedYears.within(assembly.getDate(), year));
      if (!held) {
        outcome.add(Finding.builder(this, Severity.WARNING, "/generalAssemblies")
            .fact("year", year)
            .dueDate(year.atMonthDay(java.time.MonthDay.of(12, 31)))
            .build());
      }
    }
    return outcome.build();
  }
}
