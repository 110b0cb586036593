package de.nextnetz.rules.assembly;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import java.util.List;

/** A rule that judges each resolution of the assemblies held by the day of the check. */
abstract class ResolutionRule extends AssemblyRule {

  ResolutionRule(RuleDefinition definition) {
    super(definition);
  }

  /**
   * Judges one resolution.
   *
   * @param association the association
   * @param assembly the assembly that took it
   * @param resolution the resolution
   * @param path its JSON Pointer
   * @param context the check's context
   * @param outcome the outcome being built
   */
  abstract void check(Association association, GeneralAssembly assembly, Resolution resolution, String path,
      CheckContext context, Outcome.Builder outcome);

  /**
   * Whether the assembly has what this rule needs to judge its resolutions; by default it has.
   *
   * @param assembly the assembly, held by the day
   * @param path its JSON Pointer
   * @param context the check's context
   * @param outcome the outcome being built, to name what is missing
   * @return whether to judge its resolutions
   */
  boolean ready(GeneralAssembly assembly, String path, CheckContext context, Outcome.Builder outcome) {
    return true;
  }

  /** Resolutions are judged by their majorities and § 34 alike, taken at a meeting or without one. */
  @Override
  boolean judgesResolutionsWithoutMeeting() {
    return true;
  }

  @Override
  final void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome) {
    if (!heldBy(assembly, context)) {
      return;
    }
    List<Resolution> resolutions = assembly.getResolutions();
    if (resolutions.isEmpty() || !ready(assembly, path, context, outcome)) {
      return;
    }
    for (int j = 0; j < resolutions.size(); j++) {
      check(association, assembly, resolutions.get(j), path + "/resolutions/" + j, context, outcome);
    }
  }
}
