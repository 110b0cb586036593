package de.nextnetz.domain.assembly;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * The votes cast on a resolution, as counted.
 */
@Value.Immutable
public interface Votes {

  /** {@return the yes votes} */
  @PositiveOrZero(groups = {Default.class, Semantic.class})
  int getYes();

  /** {@return the no votes} */
  @PositiveOrZero(groups = {Default.class, Semantic.class})
  int getNo();

  /** {@return the abstentions (and invalid votes)} */
  @Value.Default
  @PositiveOrZero(groups = {Default.class, Semantic.class})
  default int getAbstain() {
    return 0;
  }

  /**
   * {@return all votes, abstentions included; a {@code long}, so counts near {@code Integer.MAX_VALUE} add up
   * instead of overflowing (2,147,483,647 yes and 1 no are 2,147,483,648 votes)}
   */
  default long total() {
    return (long) getYes() + getNo() + getAbstain();
  }

  /**
   * Creates a count.
   *
   * @param yes the yes votes
   * @param no the no votes
   * @param abstain the abstentions
   * @return the count
   */
  static Votes of(int yes, int no, int abstain) {
    return builder().yes(yes).no(no).abstain(abstain).build();
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
   * Builds a {@link Votes}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableVotes.Builder {
    /** Creates an empty builder, as {@link Votes#builder()} does. */
    public Builder() {}
  }
}
