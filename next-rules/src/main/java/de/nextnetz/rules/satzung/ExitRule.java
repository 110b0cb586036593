package de.nextnetz.rules.satzung;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.ExitDeclaration;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.assembly.AssemblyLaw;
import java.util.List;

/** A rule that judges each exit declaration received by the day, under the statute version of the day it was received. */
abstract class ExitRule extends DefinedRule<Association> implements StatuteRule {

  ExitRule(RuleDefinition definition) {
    super(definition);
  }

  /**
   * Judges one declaration.
   *
   * @param association the association
   * @param exit the declaration
   * @param path its JSON Pointer
   * @param statute the statute version of the day it was received
   * @param context the check's context
   * @param outcome the outcome being built
   */
  abstract void check(Association association, ExitDeclaration exit, String path, StatuteVersion statute,
      CheckContext context, Outcome.Builder outcome);

  @Override
  public final Outcome check(Association association, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(id());
    List<ExitDeclaration> exits = association.getExitDeclarations();
    for (int i = 0; i < exits.size(); i++) {
      ExitDeclaration exit = exits.get(i);
      if (exit.getReceivedOn().isAfter(context.asOf())) {
        continue;
      }
      check(association, exit, Pointer.to("exitDeclarations", i),
          AssemblyLaw.statuteOn(association, exit.getReceivedOn(), context), context, outcome);
    }
    return outcome.build();
  }
}
