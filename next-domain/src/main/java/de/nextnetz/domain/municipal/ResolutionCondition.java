package de.nextnetz.domain.municipal;

import jakarta.validation.constraints.Pattern;
import de.nextnetz.domain.base.Ids;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A condition in a council resolution, e.g. "nach Wirksamwerden des Haushaltes 2024", with the
 * day it was met where known.
 */
@Value.Immutable
public interface ResolutionCondition {

  /** {@return the condition in the words of the resolution} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getDescription();

  /** {@return the day the condition was met, if known} */
  Optional<LocalDate> getMetOn();

  /**
   * Creates a condition not (yet) known to be met.
   *
   * @param description the condition
   * @return the condition
   */
  static ResolutionCondition of(String description) {
    return builder().description(description).build();
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
   * Builds a {@link ResolutionCondition}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableResolutionCondition.Builder {
    /** Creates an empty builder, as {@link ResolutionCondition#builder()} does. */
    public Builder() {}
  }
}
