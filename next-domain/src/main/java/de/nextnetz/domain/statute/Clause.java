package de.nextnetz.domain.statute;

import org.immutables.value.Value;

/**
 * A clause of the association's Satzung that sets one {@link StatuteParameter}, e.g. "§ 9 Abs. 2
 * der Satzung" for the invitation period: findings decided by that parameter cite it.
 */
@Value.Immutable
public interface Clause extends Cited {

  /** {@return the parameter the clause sets} */
  StatuteParameter getParameter();

  /**
   * Creates a clause.
   *
   * @param parameter the parameter it sets
   * @param clause the clause as cited
   * @return the clause
   */
  static Clause of(StatuteParameter parameter, String clause) {
    return builder().parameter(parameter).clause(clause).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's properties, for a changed copy:
   * {@code value.toBuilder().…(…).build()}; the value itself stays unchanged.
   *
   * @return a new builder, filled from this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Clause}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableClause.Builder {
    /** Creates an empty builder, as {@link Clause#builder()} does. */
    public Builder() {}
  }
}
