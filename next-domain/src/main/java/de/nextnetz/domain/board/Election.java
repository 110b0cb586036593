package de.nextnetz.domain.board;

import de.nextnetz.domain.base.Ids;
import java.time.LocalDate;
import java.util.Optional;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/** Vorstandswahl: an election of the board by the general assembly. */
@Value.Immutable
public interface Election {

  /** {@return the day of the election} */
  LocalDate getDate();

  /** {@return the general assembly that held the election, if recorded} */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getAssemblyId();

  /** {@return whether the whole board was elected (not a by-election for single seats)} */
  @Value.Default
  default boolean isWholeBoard() {
    return true;
  }

  /**
   * Creates an election of the whole board.
   *
   * @param date the day of the election
   * @return the election
   */
  static Election on(LocalDate date) {
    return builder().date(date).build();
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
   * Builds a {@link Election}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableElection.Builder {
    /** Creates an empty builder, as {@link Election#builder()} does. */
    public Builder() {}
  }
}
