package de.nextnetz.domain.network;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import jakarta.validation.constraints.Pattern;
import de.nextnetz.domain.base.Ids;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The size of the network as the association reports it, e.g. "rund 4.700 Personen aus über 500
 * Organisationen der öffentlichen Hand" at the end of 2024.
 */
@Value.Immutable
public interface NetworkSize {

  /** {@return the day the figures refer to} */
  LocalDate getAsOf();

  /** {@return the (approximate) number of people} */
  @PositiveOrZero(groups = {Default.class, Semantic.class})
  int getPeople();

  /** {@return the (lower bound of the) number of organisations} */
  @PositiveOrZero(groups = {Default.class, Semantic.class})
  int getOrganisations();

  /** {@return the figures in the words of the source, e.g. "about 4,700 people from over 500 organisations"} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getWording();

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
   * Builds a {@link NetworkSize}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableNetworkSize.Builder {
    /** Creates an empty builder, as {@link NetworkSize#builder()} does. */
    public Builder() {}
  }
}
