package de.nextnetz.domain.community;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/** The origin of a community, e.g. the Werkstatt für Organisationsentwicklung in der Verwaltung 2020. */
@Value.Immutable
public interface CommunityOrigin {

  /** {@return the kind of origin} */
  OriginKind getKind();

  /** {@return a description, e.g. the name of the workshop} */
  @NotBlank
  String getDescription();

  /**
   * Creates an origin.
   *
   * @param kind the kind
   * @param description the description
   * @return the origin
   */
  static CommunityOrigin of(OriginKind kind, String description) {
    return ImmutableCommunityOrigin.builder().kind(kind).description(description).build();
  }
}
