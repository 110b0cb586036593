package de.nextnetz.domain.event;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Veranstaltung: one event of the association, on one day or over a range of days.
 *
 * <p>An event over two days that a table lists in two rows (the NExTpanel autumn conference of
 * 21 and 22 November 2024) is one event with both row numbers in {@link #getSourceRows()}.
 */
@Value.Immutable
public interface Event {

  /** {@return the identifier of the event} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the first (or only) day} */
  LocalDate getDate();

  /** {@return the last day, for an event over several days} */
  Optional<LocalDate> getEndDate();

  /** {@return the format} */
  EventFormat getFormat();

  /**
   * {@return the association's own name of the format, where the event has one ({@link OwnFormat}, e.g.
   * {@code Workshop}); the format's label otherwise}
   */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getFormatName();


  /** {@return the title, e.g. the community's name as the table writes it, or the guest's name} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getTitle();

  /** {@return the community whose meeting this is} */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getCommunityId();

  /** {@return how people take part} */
  EventMode getMode();

  /** {@return the place, for an event in person, e.g. {@code "Berlin"}} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getLocation();

  /** {@return who may take part} */
  @Value.Default
  default Audience getAudience() {
    return getFormat().isPanelConference() || getFormat() == EventFormat.GENERAL_ASSEMBLY
        ? Audience.MEMBERS_AND_INVITED_GUESTS
        : Audience.NETWORK;
  }

  /** {@return the invited guests, e.g. the speaker of a NExTperspektiven event} */
  List<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getInvitedGuests();

  /** {@return the row numbers of the table this event was read from, e.g. Table 1 of the report} */
  List<@Positive(groups = {Default.class, Semantic.class}) Integer> getSourceRows();

  /** {@return the last day: the end date, or the date for a one-day event} */
  default LocalDate getLastDay() {
    return getEndDate().orElse(getDate());
  }

  /**
   * Checks that the event does not end before it starts.
   *
   * @throws IllegalStateException if the end date lies before the date
   */
  @Value.Check
  default void check() {
    if (getEndDate().isPresent() && getEndDate().get().isBefore(getDate())) {
      throw new IllegalStateException(
          "event " + getId() + ": 'endDate' (" + getEndDate().get() + ") must not be before 'date' ("
              + getDate() + ")");
    }
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
   * Builds a {@link Event}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableEvent.Builder {
    /** Creates an empty builder, as {@link Event#builder()} does. */
    public Builder() {}
  }
}
