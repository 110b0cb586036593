package de.nextnetz.domain.network;

import jakarta.validation.constraints.Pattern;
import de.nextnetz.domain.base.Ids;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/** Kooperation: a partnership the association entered to pursue its purpose. */
@Value.Immutable
public interface Cooperation {

  /** {@return the partner, e.g. {@code "RuDi – Ruhr Digital (Regionalverband Ruhr)"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getPartner();

  /** {@return the partner's stakeholder group} */
  StakeholderGroup getGroup();

  /** {@return the month the cooperation started, if known} */
  Optional<YearMonth> getSince();

  /** {@return what the cooperation is about} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getDescription();

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
   * Builds a {@link Cooperation}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableCooperation.Builder {
    /** Creates an empty builder, as {@link Cooperation#builder()} does. */
    public Builder() {}
  }
}
