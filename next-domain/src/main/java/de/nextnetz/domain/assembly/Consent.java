package de.nextnetz.domain.assembly;

import java.time.LocalDate;
import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.statute.DeclarationForm;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * The consent of a member to a resolution, given outside the assembly (a member who did not attend,
 * § 33 Abs. 1 Satz 2 BGB).
 */
@Value.Immutable
public interface Consent {

  /** {@return the member, by id} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getMemberId();

  /** {@return the day the consent was received} */
  LocalDate getDate();

  /** {@return the form it was given in} */
  DeclarationForm getForm();

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
   * Builds a {@link Consent}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableConsent.Builder {
    /** Creates an empty builder, as {@link Consent#builder()} does. */
    public Builder() {}
  }
}
