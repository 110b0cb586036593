package de.nextnetz.domain.assembly;

import java.util.Optional;
import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A member who may not vote on a resolution, because it concerns a legal transaction or a lawsuit
 * between that member and the association (§ 34 BGB), and how that member voted, if at all.
 */
@Value.Immutable
public interface ExcludedVoter {

  /** {@return the member, by id} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getMemberId();

  /** {@return why the member may not vote, e.g. "contract with the association"} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getReason();

  /** {@return the vote the member cast nevertheless; it is counted in the votes and must be taken out} */
  Optional<Vote> getVote();

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
   * Builds a {@link ExcludedVoter}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableExcludedVoter.Builder {
    /** Creates an empty builder, as {@link ExcludedVoter#builder()} does. */
    public Builder() {}
  }
}
