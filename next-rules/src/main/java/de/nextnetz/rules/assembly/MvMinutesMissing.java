package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Minutes;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Optional;

/**
 * The resolutions of a held assembly are recorded in minutes, signed by as many persons as the
 * Satzung asks for ({@code minutesSignatures}). An assembly with recorded resolutions but no
 * minutes is a WARNING; one with neither is undecided (the data may just not keep them). A
 * register filing needs a copy of the resolution (§§ 67, 71 BGB).
 */
final class MvMinutesMissing extends AssemblyRule {

  private static final Citation CITATION = Citation.of("§ 58 Nr. 4 BGB; Satzung (Beurkundung der Beschlüsse)");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MV_MINUTES_MISSING", Severity.WARNING, CITATION);

  MvMinutesMissing() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome) {
    if (!heldBy(assembly, context)) {
      return;
    }
    Optional<Minutes> minutes = assembly.getMinutes();
    if (minutes.isEmpty()) {
      if (assembly.getResolutions().isEmpty()) {
        outcome.missing(path + "/minutes");
      } else {
        outcome.add(Finding.builder(this, path)
            .fact("assembly", assembly.getDate())
            .fact("resolutions", assembly.getResolutions().size())
            .build());
      }
      return;
    }
    outcome.checked();
    Optional<StatuteVersion> governing = Statutes.governing(association, assembly.getDate(), outcome);
    if (governing.isEmpty()) {
      return;
    }
    StatuteVersion statute = governing.get();
    Optional<Integer> required = statute.getMinutesSignatures();
    if (required.isPresent() && minutes.get().getSigners().size() < required.get()) {
      outcome.add(Finding.builder(this, path + "/minutes/signers")
          .citation(Clauses.cite(statute, StatuteParameter.MINUTES_SIGNATURES, true))
          .fact("assembly", assembly.getDate())
          .fact("signatures", minutes.get().getSigners().size())
          .fact("required", required.get())
          .messageKey("MV_MINUTES_MISSING.signatures")
          .build());
    }
  }
}
