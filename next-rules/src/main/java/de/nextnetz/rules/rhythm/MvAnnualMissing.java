package de.nextnetz.rules.rhythm;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.domain.statute.StatuteVersion;
import java.util.Optional;
import de.nextnetz.rules.law.RecordedYears;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.domain.event.GeneralAssembly;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.Year;

/**
 * An ordinary general assembly meets every year.
 * Citation: the statute version's clause for {@code ANNUAL_ASSEMBLY} (else its source), where the statute
 * asks for one ({@code annualGeneralAssembly}); the BGB itself asks for no annual assembly (§ 36 BGB). A WARNING per completed year with records
 * but no assembly held.
 */
final class MvAnnualMissing extends RhythmRule {

  private static final Citation CITATION = Citation.of("Satzung (jährliche Mitgliederversammlung); §§ 36, 58 Nr. 4 BGB");

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MV_ANNUAL_MISSING", Severity.WARNING, CITATION);

  MvAnnualMissing() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context, RecordedYears recorded) {
    if (association.getStatute().getVersions().stream().noneMatch(StatuteVersion::isAnnualGeneralAssembly)) {
      return Outcome.notApplicable(DEFINITION.id());
    }
    Outcome.Builder outcome = Outcome.builder(DEFINITION.id());
    Set<Integer> held = new HashSet<>();
    for (GeneralAssembly assembly : association.getGeneralAssemblies()) {
      if (assembly.getStatus() == AssemblyStatus.HELD && assembly.isMeeting()) {
        held.add(assembly.getDate().getYear());
      }
    }
    int current = context.asOf().getYear();
    for (int year : recorded.upTo(current - 1, outcome)) {
      Optional<StatuteVersion> statute = Statutes.governingYear(association, year, context.asOf(), outcome);
      if (statute.isEmpty() || !statute.get().isAnnualGeneralAssembly()) {
        continue;
      }
      outcome.checked();
      if (!held.contains(year)) {
        outcome.add(Finding.builder(this, "/generalAssemblies")
            .citation(Clauses.citeWithLaw(statute.get(), StatuteParameter.ANNUAL_ASSEMBLY))
            .fact("year", Year.of(year))
            .dueDate(LocalDate.of(year, 12, 31))
            .build());
      }
    }
    if (context.statute().isAnnualGeneralAssembly() && !held.contains(current) && recorded.existedIn(current)) {
      outcome.deadline(Deadline.of(this, Clauses.citeWithLaw(context.statute(), StatuteParameter.ANNUAL_ASSEMBLY), "/generalAssemblies", LocalDate.of(current, 12, 31),
          Message.builtIn("deadline.MV_ANNUAL_MISSING", Map.of("year", Year.of(current))), context.asOf()));
    }
    return outcome.build();
  }
}
