package de.nextnetz.domain.assembly;

import java.util.List;
import java.util.Optional;
import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * Who called a general assembly: the board through the members who signed the invitation, or
 * members authorised by the register court (§ 37 Abs. 2 BGB) with the reference of that authorisation.
 */
@Value.Immutable
public interface Convener {

  /** {@return who called it} */
  ConvenerKind getKind();

  /** {@return the persons who signed the invitation, by the ids of their persons (board seats: {@code person.id})} */
  List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getSigners();

  /** {@return the court's authorisation the invitation refers to (§ 37 Abs. 2 Satz 3 BGB), e.g. its file number} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getCourtAuthorisation();

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
   * Builds a {@link Convener}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableConvener.Builder {
    /** Creates an empty builder, as {@link Convener#builder()} does. */
    public Builder() {}
  }
}
