package de.nextnetz.rules.assembly;

import java.util.function.UnaryOperator;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.rules.Finding;
import de.nextnetz.domain.statute.FormRequirement;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.rules.law.Statutes;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.StatuteRule;
import java.util.Optional;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A rule that judges each declaration the association received by the day of the check (a minority
 * demand, an exit declaration) under the statute version in force on the day it was received: the
 * loop, the day and the item's JSON Pointer are here, once; a subclass says what one item needs.
 *
 * @param <E> the kind of declaration
 */
public abstract class ReceivedRule<E> extends DefinedRule<Association> implements StatuteRule {

  private final String property;
  private final Function<Association, List<E>> items;
  private final Function<E, LocalDate> received;

  /**
   * Creates the rule.
   *
   * @param definition its id, default severity and citation
   * @param property the association's property that holds the declarations, e.g. {@code "exitDeclarations"}
   * @param items reads the declarations
   * @param received the day a declaration was received
   */
  protected ReceivedRule(RuleDefinition definition, String property, Function<Association, List<E>> items,
      Function<E, LocalDate> received) {
    super(definition);
    this.property = Objects.requireNonNull(property, "property");
    this.items = Objects.requireNonNull(items, "items");
    this.received = Objects.requireNonNull(received, "received");
  }

  /**
   * Judges one declaration: calls {@link Outcome.Builder#checked()} if it was judged, and adds its
   * findings, missing facts and deadlines.
   *
   * @param association the association
   * @param item the declaration
   * @param path its JSON Pointer, e.g. {@code /exitDeclarations/1}
   * @param statute the statute version in force on the day it was received
   * @param context the check's context
   * @param outcome the outcome being built
   */
  protected abstract void check(Association association, E item, String path, StatuteVersion statute,
      CheckContext context, Outcome.Builder outcome);

  @Override
  public final Outcome check(Association association, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(id());
    List<E> declarations = items.apply(association);
    for (int i = 0; i < declarations.size(); i++) {
      E item = declarations.get(i);
      LocalDate day = received.apply(item);
      if (!day.isAfter(context.asOf())) {
        Optional<StatuteVersion> governing = Statutes.governing(association, day, outcome);
        if (governing.isPresent()) {
          check(association, item, Pointer.to(property, i), governing.get(), context, outcome);
        }
      }
    }
    return outcome.build();
  }

  /**
   * The one judgement of "a declaration in the required form" that exits and minority demands share: whether the
   * form a declaration was made in meets the form the law room requires for it; where not, a finding at
   * {@code path/form} citing the provision, with the day received, the form made and the form required.
   *
   * @param made the form the declaration was made in
   * @param receivedOn the day it was received
   * @param required the form required, with the clause that requires it
   * @param path the declaration's JSON Pointer
   * @param outcome the outcome that receives the finding
   * @param more adds further facts or parameters to the finding (e.g. the member's name)
   * @return whether the form is met
   */
  protected final boolean formMet(DeclarationForm made, LocalDate receivedOn,
      AssemblyLaw.Provision<FormRequirement> required, String path, Outcome.Builder outcome,
      UnaryOperator<Finding.Builder> more) {
    if (made.satisfies(required.value())) {
      return true;
    }
    outcome.add(more.apply(Finding.builder(this, path + "/form").citation(required.citation())
            .fact("received", receivedOn).fact("form", made).fact("required", required.value()))
        .build());
    return false;
  }
}
