package de.nextnetz.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A rule that judges each item of one list of its subject on its own (each member, each
 * membership): the loop, the outcome and the item's JSON Pointer are here, once; a subclass says
 * what one item needs.
 *
 * @param <T> what the rule checks
 * @param <E> the items it judges one by one
 */
public abstract class ItemRule<T, E> extends DefinedRule<T> {

  private final String property;
  private final Function<T, List<E>> items;

  /**
   * Creates the rule.
   *
   * @param definition its id, default severity and citation
   * @param property the property of the subject that holds the items, e.g. {@code "members"}: the first step of
   *     each item's JSON Pointer
   * @param items the items to judge, in order, e.g. {@code Association::getMembers}
   * @throws NullPointerException if an argument is null
   */
  protected ItemRule(RuleDefinition definition, String property, Function<T, List<E>> items) {
    super(definition);
    this.property = Objects.requireNonNull(property, "property");
    this.items = Objects.requireNonNull(items, "items");
  }

  /**
   * Judges one item: calls {@link Outcome.Builder#checked()} if the item was judged, and adds its
   * findings, missing facts and deadlines.
   *
   * @param item the item
   * @param index its position in the list; {@link #path(int)} makes its JSON Pointer when a finding needs one
   * @param context the day and statute version
   * @param outcome the outcome being built
   */
  protected abstract void check(E item, int index, CheckContext context, Outcome.Builder outcome);

  /**
   * The JSON Pointer of an item.
   *
   * @param index the item's position
   * @return e.g. {@code /members/3}
   */
  protected final String path(int index) {
    return Pointer.to(property, index);
  }

  @Override
  public final Outcome check(T subject, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(id());
    List<E> list = items.apply(subject);
    for (int i = 0; i < list.size(); i++) {
      check(list.get(i), i, context, outcome);
    }
    return outcome.build();
  }
}
