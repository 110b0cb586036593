package de.nextnetz.rules.assembly;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;

/**
 * An assembly without a place has a basis: a virtual one needs the Satzung's permission
 * ({@code virtualAssemblyAllowed}) or an earlier adopted members' resolution, taken at an assembly
 * with a place from 21 March 2023 ({@code VIRTUAL_ASSEMBLY_AUTHORISATION}); a hybrid one needs no
 * basis from 21 March 2023 (§ 32 Abs. 2 Satz 1 BGB). From 28 March 2020 to 31 August 2022 the COVID
 * rule allowed both (GesRuaCOVBekG § 5); between 1 September 2022 and 20 March 2023 only the Satzung
 * did. A virtual assembly on 1 March 2023 without a Satzung basis is invalid.
 */
public final class MvVirtualNotAuthorised extends AssemblyRule {

  private static final Citation CITATION = Citation.of("§ 32 Abs. 2 Satz 2 BGB", "Die Mitglieder können beschließen, dass künftige Versammlungen auch als virtuelle Versammlungen einberufen werden können …");

  /** The id {@code MV_VIRTUAL_NOT_AUTHORISED}, severity and citation. */
  public static final RuleDefinition DEFINITION = RuleDefinition.of("MV_VIRTUAL_NOT_AUTHORISED", Severity.ERROR, CITATION);

  /** {@code MV_VIRTUAL_NOT_AUTHORISED}. */
  public static final RuleId ID = DEFINITION.id();

  /** Creates the rule. */
  public MvVirtualNotAuthorised() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome) {
    if (assembly.getFormat() == AssemblyFormat.IN_PERSON) {
      return;
    }
    outcome.checked();
    StatuteVersion statute = AssemblyLaw.statuteOn(association, assembly.getDate(), context);
    if (AssemblyLaw.formatAllowedByLaw(assembly) || statute.isVirtualAssemblyAllowed()
        || authorisedByMembers(association, assembly, context)) {
      return;
    }
    outcome.add(Finding.builder(this, Severity.ERROR, path + "/format")
        .citation(assembly.getDate().isBefore(AssemblyLaw.ELECTRONIC_ASSEMBLIES_FROM)
            ? Citation.of("§ 32 BGB in the version until 20 Mar 2023 (assemblies at a place); GesRuaCOVBekG § 5 until 31 Aug 2022")
            : CITATION)
        .fact("assembly", assembly.getDate())
        .fact("format", assembly.getFormat())
        .fact("satzungAllows", false)
        .build());
  }

  private static boolean authorisedByMembers(Association association, GeneralAssembly assembly, CheckContext context) {
    if (assembly.getDate().isBefore(AssemblyLaw.ELECTRONIC_ASSEMBLIES_FROM)) {
      return false;
    }
    for (GeneralAssembly earlier : association.getGeneralAssemblies()) {
      if (earlier.getStatus() != AssemblyStatus.HELD || !earlier.getDate().isBefore(assembly.getDate())
          || earlier.getDate().isBefore(AssemblyLaw.ELECTRONIC_ASSEMBLIES_FROM)
          || earlier.getFormat() == AssemblyFormat.VIRTUAL) {
        continue;
      }
      StatuteVersion statute = AssemblyLaw.statuteOn(association, earlier.getDate(), context);
      for (Resolution resolution : earlier.getResolutions()) {
        if (resolution.getKind() == ResolutionKind.VIRTUAL_ASSEMBLY_AUTHORISATION
            && AssemblyLaw.adopted(association, earlier, resolution, statute).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }
}
