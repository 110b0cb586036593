package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Optional;

/**
 * An assembly without a place has a basis: a virtual one needs the Satzung's permission
 * ({@code virtualAssemblyAllowed}) or an earlier adopted members' resolution, taken at an assembly
 * with a place from 21 March 2023 ({@code VIRTUAL_ASSEMBLY_AUTHORISATION}); a hybrid one needs no
 * basis from 21 March 2023 (§ 32 Abs. 2 Satz 1 BGB). From 28 March 2020 to 31 August 2022 the COVID
 * rule allowed both (GesRuaCOVBekG § 5); between 1 September 2022 and 20 March 2023 only the Satzung
 * did. A virtual assembly on 1 March 2023 without a Satzung basis is invalid.
 */
final class MvVirtualNotAuthorised extends AssemblyRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("MV_VIRTUAL_NOT_AUTHORISED", Severity.ERROR, AssemblyLaw.VIRTUAL_BY_RESOLUTION);

  MvVirtualNotAuthorised() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome) {
    if (assembly.getFormat() == AssemblyFormat.IN_PERSON) {
      return;
    }
    outcome.checked();
    Optional<StatuteVersion> governing = Statutes.governing(association, assembly.getDate(), outcome);
    if (governing.isEmpty()) {
      return;
    }
    StatuteVersion statute = governing.get();
    AssemblyLaw.FormatBasis basis = AssemblyLaw.formatBasis(association, assembly, statute);
    if (basis.exists()) {
      return;
    }
    outcome.add(Finding.builder(this, path + "/format")
        .citation(basis.citation())
        .fact("assembly", assembly.getDate())
        .fact("format", assembly.getFormat())
        .fact("satzungAllows", false)
        .build());
  }
}
