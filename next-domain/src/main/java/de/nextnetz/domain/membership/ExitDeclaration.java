package de.nextnetz.domain.membership;

import java.time.LocalDate;
import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.statute.DeclarationForm;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * Austrittserklärung: a member declares to leave (§ 39 BGB); it takes effect when the board
 * receives it, at the end the Satzung's notice period and exit days allow.
 */
@Value.Immutable
public interface ExitDeclaration {

  /** {@return the member, by id} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getMemberId();

  /** {@return the day a board member received it (§§ 130, 26 Abs. 2 Satz 2 BGB)} */
  LocalDate getReceivedOn();

  /** {@return the form it was made in} */
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
   * Builds a {@link ExitDeclaration}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableExitDeclaration.Builder {
    /** Creates an empty builder, as {@link ExitDeclaration#builder()} does. */
    public Builder() {}
  }
}
