package de.nextnetz.domain.board;

import static java.util.Comparator.comparing;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Vorstand: the board of an association, its seats and the elections that filled them. */
@Value.Immutable
public interface Board {

  /** {@return the seats, in the order the statute lists the roles} */
  List<@Valid BoardSeat> getSeats();

  /** {@return the elections of the board, in any order} */
  List<@Valid Election> getElections();

  /** {@return the most recent election, if any was recorded} */
  default Optional<Election> getLastElection() {
    return getElections().stream().max(comparing(Election::getDate));
  }

  /**
   * The election that counts on a day: the latest one held on or before it.
   *
   * @param day the day
   * @return the day of that election, if one is recorded
   */
  default Optional<LocalDate> getLastElectionOn(LocalDate day) {
    LocalDate last = null;
    for (Election election : getElections()) {
      if (!election.getDate().isAfter(day) && (last == null || election.getDate().isAfter(last))) {
        last = election.getDate();
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * Counts the seats of one role.
   *
   * @param role the role
   * @return the number of seats with that role
   */
  default int countSeats(BoardRole role) {
    return (int) getSeats().stream().filter(seat -> seat.getRole() == role).count();
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
   * Builds a {@link Board}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableBoard.Builder {
    /** Creates an empty builder, as {@link Board#builder()} does. */
    public Builder() {}
  }
}
