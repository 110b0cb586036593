package de.nextnetz.domain;

import jakarta.validation.constraints.Pattern;
import de.nextnetz.domain.base.Ids;

import de.nextnetz.domain.base.Person;
import jakarta.validation.Valid;
import org.immutables.value.Value;

/** Schirmherr:in: the patron of the association and the office in which they act. */
@Value.Immutable
public interface Patron {

  /** {@return the patron} */
  @Valid
  Person getPerson();

  /** {@return the office of the patron, e.g. the Federal Government Commissioner for IT} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getOffice();

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
   * Builds a {@link Patron}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutablePatron.Builder {
    /** Creates an empty builder, as {@link Patron#builder()} does. */
    public Builder() {}
  }
}
