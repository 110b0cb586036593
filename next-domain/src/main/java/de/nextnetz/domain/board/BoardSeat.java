package de.nextnetz.domain.board;

import de.nextnetz.domain.base.Person;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A seat on the board: who holds it, in which role, and since when. */
@Value.Immutable
public interface BoardSeat {

  /** {@return the person holding the seat} */
  @Valid
  Person getPerson();

  /** {@return the role of the seat} */
  BoardRole getRole();

  /** {@return the day of the election that filled the seat, if recorded} */
  Optional<LocalDate> getElectedOn();

  /**
   * Creates a seat.
   *
   * @param person the holder
   * @param role the role
   * @return the seat
   */
  static BoardSeat of(Person person, BoardRole role) {
    return builder().person(person).role(role).build();
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
   * Builds a {@link BoardSeat}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableBoardSeat.Builder {
    /** Creates an empty builder, as {@link BoardSeat#builder()} does. */
    public Builder() {}
  }
}
