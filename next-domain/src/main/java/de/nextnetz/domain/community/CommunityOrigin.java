package de.nextnetz.domain.community;

import jakarta.validation.constraints.Pattern;
import de.nextnetz.domain.base.Ids;

import org.immutables.value.Value;

/** The origin of a community, e.g. the Werkstatt für Organisationsentwicklung in der Verwaltung 2020. */
@Value.Immutable
public interface CommunityOrigin {

  /** {@return the kind of origin} */
  OriginKind getKind();

  /** {@return a description, e.g. the name of the workshop} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getDescription();

  /**
   * Creates an origin.
   *
   * @param kind the kind
   * @param description the description
   * @return the origin
   */
  static CommunityOrigin of(OriginKind kind, String description) {
    return builder().kind(kind).description(description).build();
  }

  /** {@return a new builder; {@code build()} throws {@link IllegalStateException} if a required value is missing} */
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

  /** Builds a {@link CommunityOrigin}. */
  final class Builder extends ImmutableCommunityOrigin.Builder {
    /** Creates an empty builder, as {@link CommunityOrigin#builder()} does. */
    public Builder() {}
  }
}
