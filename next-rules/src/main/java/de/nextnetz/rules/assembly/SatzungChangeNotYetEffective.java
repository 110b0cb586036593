package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.RegisterFilingKind;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A statute change takes effect with its entry in the register, not on the day of the resolution:
 * an adopted statute or purpose change without an entry by the day is a WARNING (the old Satzung
 * still applies), and so is a statute version that names the resolution as {@code adoptedBy} but
 * is valid from a day before the entry.
 */
final class SatzungChangeNotYetEffective extends ResolutionRule {

  private static final Citation CITATION = Citation.of("§ 71 Abs. 1 Satz 1 BGB", "Änderungen der Satzung bedürfen zu ihrer Wirksamkeit der Eintragung in das Vereinsregister.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("SATZUNG_CHANGE_NOT_YET_EFFECTIVE", Severity.WARNING, CITATION);

  SatzungChangeNotYetEffective() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, Resolution resolution, String path,
      CheckContext context, Outcome.Builder outcome) {
    if (resolution.getKind() != ResolutionKind.STATUTE_CHANGE && resolution.getKind() != ResolutionKind.PURPOSE_CHANGE) {
      return;
    }
    Optional<StatuteVersion> governing = Statutes.governing(association, assembly.getDate(), outcome);
    if (governing.isEmpty()) {
      return;
    }
    StatuteVersion statute = governing.get();
    Optional<Boolean> adopted = AssemblyLaw.adopted(association, assembly, resolution, statute, context.asOf());
    if (adopted.isEmpty()) {
      outcome.missing(path + "/votes");
      return;
    }
    if (!adopted.get()) {
      return;
    }
    outcome.checked();
    Optional<LocalDate> entered = association.getRegisterFilings().stream()
        .filter(filing -> filing.getKind() == RegisterFilingKind.STATUTE_CHANGE
            && filing.getResolutionId().equals(Optional.of(resolution.getId())))
        .flatMap(filing -> filing.getEnteredOn().stream())
        .filter(day -> !day.isAfter(context.asOf()))
        .min(LocalDate::compareTo);
    if (entered.isEmpty()) {
      outcome.add(Finding.builder(this, path)
          .param("resolution", resolution.getSubject())
          .fact("adoptedOn", assembly.getDate())
          .build());
      return;
    }
    List<StatuteVersion> versions = association.getStatute().getVersions();
    for (int k = 0; k < versions.size(); k++) {
      StatuteVersion version = versions.get(k);
      if (version.getAdoptedBy().equals(Optional.of(resolution.getId()))
          && version.getValidFrom().isBefore(entered.get())) {
        outcome.add(Finding.builder(this, Pointer.to("statute", "versions", k, "validFrom"))
            .param("resolution", resolution.getSubject())
            .fact("validFrom", version.getValidFrom())
            .fact("entered", entered.get())
            .messageKey("SATZUNG_CHANGE_NOT_YET_EFFECTIVE.early")
            .build());
      }
    }
  }
}
