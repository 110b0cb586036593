package de.nextnetz.domain.base;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/** Organisation: a legal person or authority, e.g. an institutional member or a municipality. */
@Value.Immutable
public interface Organisation {

  /** {@return the identifier of the organisation within the association's data} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the name, e.g. {@code "Landeshauptstadt Wiesbaden"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getName();

  /** {@return the kind of organisation} */
  OrganisationKind getKind();

  /** {@return the federal level (Bund, Land, Kommune), where one applies} */
  Optional<FederalLevel> getLevel();

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
   * Builds a {@link Organisation}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableOrganisation.Builder {
    /** Creates an empty builder, as {@link Organisation#builder()} does. */
    public Builder() {}
  }
}
