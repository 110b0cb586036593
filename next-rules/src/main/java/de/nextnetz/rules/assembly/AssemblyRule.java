package de.nextnetz.rules.assembly;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.StatuteRule;
import java.util.List;

/** A rule that judges each general assembly on its own, under the statute version of its day. */
abstract class AssemblyRule extends DefinedRule<Association> implements StatuteRule {

  AssemblyRule(RuleDefinition definition) {
    super(definition);
  }

  /**
   * Judges one assembly.
   *
   * @param association the association
   * @param assembly the assembly
   * @param path its JSON Pointer
   * @param context the check's context
   * @param outcome the outcome being built
   */
  abstract void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome);

  @Override
  public final Outcome check(Association association, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(id());
    List<GeneralAssembly> assemblies = association.getGeneralAssemblies();
    for (int i = 0; i < assemblies.size(); i++) {
      if (assemblies.get(i).isMeeting() || judgesResolutionsWithoutMeeting()) {
        check(association, assemblies.get(i), Pointer.to("generalAssemblies", i), context, outcome);
      }
    }
    return outcome.build();
  }

  /**
   * Whether the rule judges resolutions taken without a meeting ({@code WRITTEN}) too; the rules of a meeting
   * (invitation, quorum, access, minutes) do not.
   *
   * @return {@code false} by default
   */
  boolean judgesResolutionsWithoutMeeting() {
    return false;
  }

  /**
   * The assembly's invitation; where none is recorded, names it as missing for an assembly held
   * by the day (a planned one may still send it).
   *
   * @param assembly the assembly
   * @param path its JSON Pointer
   * @param context the check's context
   * @param outcome the outcome being built
   * @return the invitation, if recorded
   */
  static java.util.Optional<de.nextnetz.domain.assembly.Invitation> invitation(GeneralAssembly assembly, String path,
      CheckContext context, Outcome.Builder outcome) {
    java.util.Optional<de.nextnetz.domain.assembly.Invitation> invitation = assembly.getInvitation();
    if (invitation.isEmpty() && heldBy(assembly, context)) {
      outcome.missing(path + "/invitation");
    }
    return invitation;
  }

  /** {@return whether the assembly was held on or before the day of the check} */
  static boolean heldBy(GeneralAssembly assembly, CheckContext context) {
    return assembly.isHeldBy(context.asOf());
  }
}
