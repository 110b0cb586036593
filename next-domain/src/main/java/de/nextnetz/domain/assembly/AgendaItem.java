package de.nextnetz.domain.assembly;

import java.util.List;
import java.util.Optional;
import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A point of the agenda (Tagesordnung) as the invitation names it (§ 32 Abs. 1 Satz 2 BGB).
 */
@Value.Immutable
public interface AgendaItem {

  /** {@return the identifier, referred to by the resolutions taken on it, e.g. {@code "top-3"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the subject as announced} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getSubject();

  /** {@return the kind of resolution the item asks for, where the invitation says (it sets the majority)} */
  Optional<ResolutionKind> getKind();

  /** {@return for a statute or purpose change: the clauses it changes, e.g. {@code "§ 9 Abs. 2"}} */
  List<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getClauses();

  /** {@return for a statute or purpose change: the proposed wording, or a comparison of old and new} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getProposedWording();

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
   * Builds a {@link AgendaItem}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableAgendaItem.Builder {
    /** Creates an empty builder, as {@link AgendaItem#builder()} does. */
    public Builder() {}
  }
}
