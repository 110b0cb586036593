package de.nextnetz.domain.municipal;

import de.nextnetz.domain.Organisation;
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
   * Builds a {@link MunicipalPortfolio}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set.
   */
  final class Builder extends ImmutableMunicipalPortfolio.Builder {}
}
