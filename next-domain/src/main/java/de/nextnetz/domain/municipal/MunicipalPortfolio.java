package de.nextnetz.domain.municipal;

import de.nextnetz.domain.base.Organisation;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/** A municipality's memberships in associations, as its budget office keeps them. */
@Value.Immutable
public interface MunicipalPortfolio {

  /** {@return the municipality} */
  @Valid
  Organisation getMunicipality();

  /** {@return the memberships} */
  List<@Valid MunicipalMembership> getMemberships();

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
   * Builds a {@link MunicipalPortfolio}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set.
   */
  final class Builder extends ImmutableMunicipalPortfolio.Builder {
    /** Creates an empty builder, as {@link MunicipalPortfolio#builder()} does. */
    public Builder() {}
  }
}
