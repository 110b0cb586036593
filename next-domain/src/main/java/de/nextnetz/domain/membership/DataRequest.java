package de.nextnetz.domain.membership;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's request under Art. 15 to 22 DSGVO, as the office records it: received on a day, answered on a day or
 * not yet; the office may extend the month to answer by two months where it tells the person so within the first
 * month (Art. 12 Abs. 3 DSGVO). The rules compute the deadlines ({@code DATA_REQUEST_OVERDUE}).
 */
@Value.Immutable
public interface DataRequest {

  /** {@return the identifier of the request} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the member (or former member) who asks, by id} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getMemberId();

  /** {@return what the person asks for} */
  DataRequestKind getKind();

  /** {@return the day the association received it} */
  LocalDate getReceivedOn();

  /** {@return the day the office told the person that it extends the period to answer, where it did} */
  Optional<LocalDate> getExtendedOn();

  /** {@return the day the office answered, where it has} */
  Optional<LocalDate> getAnsweredOn();

  /**
   * Checks the order of the days.
   *
   * @throws IllegalStateException if the answer or the extension lies before the receipt
   */
  @Value.Check
  default void checkDays() {
    if (getAnsweredOn().isPresent() && getAnsweredOn().get().isBefore(getReceivedOn())) {
      throw new IllegalStateException("data request " + getId() + ": 'answeredOn' " + getAnsweredOn().get()
          + " is before 'receivedOn' " + getReceivedOn());
    }
    if (getExtendedOn().isPresent() && getExtendedOn().get().isBefore(getReceivedOn())) {
      throw new IllegalStateException("data request " + getId() + ": 'extendedOn' " + getExtendedOn().get()
          + " is before 'receivedOn' " + getReceivedOn());
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
   * Builds a {@link DataRequest}; {@code build()} throws {@link IllegalStateException} naming any required
   * attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableDataRequest.Builder {
    /** Creates an empty builder, as {@link DataRequest#builder()} does. */
    public Builder() {}
  }
}
