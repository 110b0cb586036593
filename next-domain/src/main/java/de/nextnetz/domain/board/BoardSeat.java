package de.nextnetz.domain.board;

import de.nextnetz.domain.base.Person;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A seat on the board: who holds it, in which role, from when and until when. The board's seats over time are the
 * seats of its history: a seat that ended ({@link #getUntil()}) stays on record, so that the board on any day
 * ({@link Board#seatsOn}), its changes (§ 67 BGB) and who could act for it are known.
 */
@Value.Immutable
public interface BoardSeat {

  /** {@return the person holding the seat} */
  @Valid
  Person getPerson();

  /** {@return the role of the seat} */
  BoardRole getRole();

  /** {@return the first day in office: the day of the election (or co-option) that filled the seat, if recorded} */
  Optional<LocalDate> getElectedOn();

  /** {@return the last day in office, for a seat that ended} */
  Optional<LocalDate> getUntil();

  /** {@return how the seat ended, where it did} */
  Optional<SeatEnd> getEndReason();

  /**
   * Whether the holder was in office on a day.
   *
   * @param day the day
   * @return whether the day lies between the first day (where recorded) and the last day (where the seat ended)
   */
  default boolean isHeldOn(LocalDate day) {
    return getElectedOn().map(first -> !first.isAfter(day)).orElse(true)
        && getUntil().map(last -> !last.isBefore(day)).orElse(true);
  }

  /**
   * Checks that a seat ends on or after it began.
   *
   * @throws IllegalStateException if the last day is before the first
   */
  @Value.Check
  default void check() {
    if (getElectedOn().isPresent() && getUntil().isPresent() && getUntil().get().isBefore(getElectedOn().get())) {
      throw new IllegalStateException("a board seat cannot end ('until' " + getUntil().get()
          + ") before it began ('electedOn' " + getElectedOn().get() + ")");
    }
  }

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
