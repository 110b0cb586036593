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
   * The seats held on a day: the board in office then.
   *
   * @param day the day
   * @return the seats whose holder was in office that day, in the order of {@link #getSeats()}
   */
  default List<BoardSeat> seatsOn(LocalDate day) {
    return getSeats().stream().filter(seat -> seat.isHeldOn(day)).toList();
  }

  /**
   * The seats of the board in the sense of § 26 BGB held on a day: those in a representing role ({@link
   * BoardRole#isRepresentative()}), or every seat where the board knows no such role (a board of equal members).
   *
   * @param day the day
   * @return the representing seats in office that day
   */
  default List<BoardSeat> representativesOn(LocalDate day) {
    return getSeats().stream().filter(seat -> represents(seat) && seat.isHeldOn(day)).toList();
  }

  /**
   * Whether a seat belongs to the board in the sense of § 26 BGB: its role represents, or the board knows no
   * representing role at all, so that its members are the board.
   *
   * @param seat one of the board's seats
   * @return whether the seat represents the association
   */
  default boolean represents(BoardSeat seat) {
    return seat.getRole().isRepresentative()
        || getSeats().stream().noneMatch(other -> other.getRole().isRepresentative());
  }

  /**
   * The changes of the board in the sense of § 67 Abs. 1 BGB that its seats record: a representing seat that began
   * on a day after the founding, unless its holder held the same role the day before (a re-election without
   * interruption), and a representing seat that ended, unless the holder holds the same role the next day. A seat
   * that began on or before the founding day is the first board, registered with the association (§ 59 BGB).
   *
   * @param founded the association's founding day
   * @return the changes, by day
   */
  default List<BoardChange> changes(LocalDate founded) {
    List<BoardChange> changes = new java.util.ArrayList<>();
    for (BoardSeat seat : getSeats()) {
      if (!represents(seat)) {
        continue;
      }
      Optional<LocalDate> first = seat.getElectedOn();
      if (first.isPresent() && first.get().isAfter(founded) && !holds(seat, first.get().minusDays(1))) {
        changes.add(new BoardChange(first.get(), seat, true));
      }
      Optional<LocalDate> last = seat.getUntil();
      if (last.isPresent() && !holds(seat, last.get().plusDays(1))) {
        changes.add(new BoardChange(last.get().plusDays(1), seat, false));
      }
    }
    changes.sort(comparing(BoardChange::day));
    return changes;
  }

  /** Whether the holder of a seat held its role on a day, in this or another seat. */
  private boolean holds(BoardSeat seat, LocalDate day) {
    return getSeats().stream().anyMatch(other -> other.getRole() == seat.getRole()
        && other.getPerson().getId().equals(seat.getPerson().getId()) && other.isHeldOn(day));
  }

  /**
   * Counts the seats of one role held on a day.
   *
   * @param role the role
   * @param day the day
   * @return the number of seats with that role whose holder was in office that day
   */
  default int countSeatsOn(BoardRole role, LocalDate day) {
    return (int) getSeats().stream().filter(seat -> seat.getRole() == role && seat.isHeldOn(day)).count();
  }

  /**
   * Whether the seats record who held a role on a day: a seat of that role held then, or the founding day.
   *
   * @param role the role
   * @param day the day
   * @return whether some seat of the role covers the day
   */
  default boolean recordsRoleOn(BoardRole role, LocalDate day) {
    return getSeats().stream().anyMatch(seat -> seat.getRole() == role && seat.isHeldOn(day));
  }

  /**
   * Counts the seats of one role on record, held or ended.
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
