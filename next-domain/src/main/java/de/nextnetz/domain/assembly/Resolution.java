package de.nextnetz.domain.assembly;

import java.util.List;
import java.util.Optional;
import de.nextnetz.domain.base.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * Beschluss: a resolution of a general assembly: what it decides, the agenda item it was taken on,
 * the votes, the members excluded from voting, the consents of absent members, and the result the
 * minutes record.
 */
@Value.Immutable
public interface Resolution {

  /** {@return the identifier, e.g. {@code "mv-2025-r1"}; a statute version names it as {@code adoptedBy}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return what it decides} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getSubject();

  /** {@return what kind of resolution it is; the kind sets the majority} */
  @Value.Default
  default ResolutionKind getKind() {
    return ResolutionKind.SIMPLE;
  }

  /** {@return the agenda item it was taken on; empty if it was not announced} */
  Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getAgendaItemId();

  /** {@return the votes, where counted; without them the majority cannot be decided} */
  Optional<@Valid Votes> getVotes();

  /** {@return the result the minutes record, where they record one} */
  Optional<ResolutionResult> getRecordedResult();

  /** {@return the members excluded from voting under § 34 BGB} */
  List<@Valid ExcludedVoter> getExcludedVoters();

  /** {@return the consents of members who did not attend (a purpose change)} */
  List<@Valid Consent> getConsents();

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
   * Builds a {@link Resolution}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableResolution.Builder {
    /** Creates an empty builder, as {@link Resolution#builder()} does. */
    public Builder() {}
  }
}
