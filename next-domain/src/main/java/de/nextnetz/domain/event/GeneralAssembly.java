package de.nextnetz.domain.event;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.assembly.AssemblyKind;
import de.nextnetz.domain.assembly.Convener;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.assembly.Minutes;
import de.nextnetz.domain.assembly.Resolution;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Mitgliederversammlung: a general assembly of the members. NExT holds its annual assembly within
 * the NExTpanel's autumn conference.
 */
@Value.Immutable
public interface GeneralAssembly {

  /** {@return the identifier, referred to by board elections} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the day of the assembly} */
  LocalDate getDate();

  /** {@return whether it has taken place or is planned} */
  @Value.Default
  default AssemblyStatus getStatus() {
    return AssemblyStatus.HELD;
  }

  /** {@return the event within which the assembly met, e.g. the autumn conference} */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getEventId();

  /** {@return whether it is the ordinary assembly or an extraordinary one} */
  @Value.Default
  default AssemblyKind getKind() {
    return AssemblyKind.ORDINARY;
  }

  /** {@return where the members meet: at a place, hybrid or virtual (§ 32 Abs. 2 BGB)} */
  @Value.Default
  default AssemblyFormat getFormat() {
    return AssemblyFormat.IN_PERSON;
  }

  /** {@return who called it, where recorded} */
  Optional<@Valid Convener> getConvener();

  /** {@return the invitation, where recorded} */
  Optional<@Valid Invitation> getInvitation();

  /** {@return the voting members present (or represented, where the Satzung allows proxies), where counted} */
  Optional<@PositiveOrZero(groups = {Default.class, Semantic.class}) Integer> getPresentVoters();

  /**
   * The members present by name, where the minutes list them: a present member agrees to a purpose change by voting,
   * so a written consent of hers is not counted a second time (§ 33 Abs. 1 Satz 2 BGB).
   *
   * @return the ids of the members present; empty where only their number is known
   */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getAttendees();

  /**
   * Checks that the members present by name are as many as the number present, where both are recorded.
   *
   * @throws IllegalStateException if they differ or a member is listed twice
   */
  @Value.Check
  default void checkAttendees() {
    if (getAttendees().isEmpty()) {
      return;
    }
    if (new java.util.HashSet<>(getAttendees()).size() != getAttendees().size()) {
      throw new IllegalStateException("general assembly " + getId() + ": 'attendees' lists a member twice");
    }
    if (getPresentVoters().isPresent() && getPresentVoters().get() != getAttendees().size()) {
      throw new IllegalStateException("general assembly " + getId() + ": " + getAttendees().size()
          + " 'attendees' but 'presentVoters' is " + getPresentVoters().get());
    }
  }

  /** {@return the resolutions taken} */
  List<@Valid Resolution> getResolutions();

  /** {@return the minutes, where recorded} */
  Optional<@Valid Minutes> getMinutes();

  /** {@return the minority demand (§ 37 BGB) this assembly was called on, by id} */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getMinorityDemandId();

  /**
   * Whether the assembly was held on or before a day: the one meaning of "held by", for the rules, the reports
   * and the commands.
   *
   * @param day the day
   * @return whether it is recorded as held and its day is not after the given one
   */
  default boolean isHeldBy(LocalDate day) {
    return getStatus() == AssemblyStatus.HELD && !getDate().isAfter(day);
  }

  /**
   * Whether the members met, at a place or electronically, rather than resolving in writing without a meeting
   * ({@link AssemblyFormat#WRITTEN}).
   *
   * @return whether it is a meeting
   */
  default boolean isMeeting() {
    return getFormat() != AssemblyFormat.WRITTEN;
  }

  /**
   * Whether the assembly is planned for a day or later.
   *
   * @param day the day
   * @return whether it is recorded as planned and its day is not before the given one
   */
  default boolean isPlannedFrom(LocalDate day) {
    return getStatus() == AssemblyStatus.PLANNED && !getDate().isBefore(day);
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
   * Builds a {@link GeneralAssembly}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableGeneralAssembly.Builder {
    /** Creates an empty builder, as {@link GeneralAssembly#builder()} does. */
    public Builder() {}
  }
}
