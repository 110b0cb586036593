package de.nextnetz.rules;

import java.util.Objects;

/**
 * A rule whose metadata is one {@link RuleDefinition}, handed to this constructor: the base of the
 * built-in rules, and a convenience for rules of one's own.
 *
 * <pre>{@code
 * public final class CommunityLeadMissing extends DefinedRule<Association> implements StatuteRule {
 *   public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMUNITY_LEAD_MISSING", Severity.INFO, CITATION);
 *   public CommunityLeadMissing() { super(DEFINITION); }
 *   ...
 * }
 * }</pre>
 *
 * @param <T> what the rule checks
 */
public abstract class DefinedRule<T> implements Rule<T> {

  private final RuleDefinition definition;

  /**
   * Creates the rule.
   *
   * @param definition its id, default severity and citation
   */
  protected DefinedRule(RuleDefinition definition) {
    this.definition = Objects.requireNonNull(definition, "definition");
  }

  @Override
  public final RuleDefinition definition() {
    return definition;
  }

  /** {@return the rule's id} */
  @Override
  public String toString() {
    return definition.id().value();
  }
}
