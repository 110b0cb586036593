package de.nextnetz.domain.network;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** NExTnetzwerk: everyone from the public sector who uses the association's formats. */
@Value.Immutable
public interface Network {

  /** {@return the participants known by name (the association keeps most of them only as a count)} */
  List<@Valid NetworkParticipant> getParticipants();

  /** {@return the reported size of the network} */
  Optional<@Valid NetworkSize> getReportedSize();

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
   * Builds a {@link Network}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableNetwork.Builder {
    /** Creates an empty builder, as {@link Network#builder()} does. */
    public Builder() {}
  }

  /** {@return a network with no participants and no reported size} */
  static Network empty() {
    return builder().build();
  }
}
