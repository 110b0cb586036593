package de.nextnetz.domain.assembly;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * Protokoll: the minutes of a general assembly (§ 58 Nr. 4 BGB), with the persons who signed them.
 */
@Value.Immutable
public interface Minutes {

  /** {@return the day they were signed, where recorded} */
  Optional<LocalDate> getSignedOn();

  /** {@return who signed them, e.g. the chair of the meeting and the keeper of the minutes} */
  List<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getSigners();

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
   * Builds a {@link Minutes}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableMinutes.Builder {
    /** Creates an empty builder, as {@link Minutes#builder()} does. */
    public Builder() {}
  }
}
