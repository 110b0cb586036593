package de.nextnetz.domain.network;

import jakarta.validation.groups.Default;
import de.nextnetz.domain.validation.Semantic;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A person in the NExTnetzwerk; taking part needs no membership of the association. */
@Value.Immutable
public interface NetworkParticipant {

  /** {@return the participant's name} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getName();

  /** {@return the public-sector organisation the participant works for} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getOrganisation();

  /** {@return how the participant joined the network (at least one way)} */
  @Size(min = 1, groups = {Default.class, Semantic.class})
  Set<ParticipationChannel> getChannels();

  /** {@return the day the participant joined the network} */
  LocalDate getSince();

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
   * Builds a {@link NetworkParticipant}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableNetworkParticipant.Builder {
    /** Creates an empty builder, as {@link NetworkParticipant#builder()} does. */
    public Builder() {}
  }
}
