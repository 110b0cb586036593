package de.nextnetz.rules;

import java.util.List;

/**
 * A rule that judges each item of one list of its subject on its own (each member, each
 * membership): the loop, the outcome and the item's JSON Pointer are here, once; a subclass says
 * what one item needs.
 *
 * @param <T> what the rule checks
 * @param <E> the items it judges one by one
 */
public abstract class ItemRule<T, E> extends DefinedRule<T> {

  /**
   * Creates the rule.
   *
   * @param definition its id, default severity and citation
   */
  protected ItemRule(RuleDefinition definition) {
    super(definition);
  }

  /**
   * The items to judge.
   *
   * @param subject what is checked
   * @return its items, in order
   */
  protected abstract List<E> items(T subject);

  /** {@return the property of the subject that holds the items, e.g. {@code "members"}} */
  protected abstract String property();

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
    return Pointer.to(property(), index);
  }

  @Override
  public final Outcome check(T subject, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(id());
    List<E> items = items(subject);
    for (int i = 0; i < items.size(); i++) {
      check(items.get(i), i, context, outcome);
    }
    return outcome.build();
  }
}
