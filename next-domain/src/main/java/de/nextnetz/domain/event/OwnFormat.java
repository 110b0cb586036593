package de.nextnetz.domain.event;

import de.nextnetz.domain.base.Ids;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.immutables.value.Value;

/**
 * An event format of the association's own, by the name it gives it (a "Workshop", a
 * "Stammtisch"), and the kind of format the rules count it as: what lets an association that is
 * not NExT import and export its events in its own words.
 */
@Value.Immutable
public interface OwnFormat {

  /** {@return the association's name of the format, e.g. {@code Workshop}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getName();

  /** {@return the kind of format the rules count its events as, e.g. {@link EventFormat#NETWORK_EVENT}} */
  EventFormat getFormat();

  /** {@return other names a table may use for it, e.g. {@code Werkstatt}} */
  List<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getAliases();

  /**
   * Tells whether a table's word names this format: its name or an alias, in any case, spaces
   * around ignored.
   *
   * @param word the word as written
   * @return {@code true} if the word names this format
   */
  default boolean isKnownAs(String word) {
    String wanted = word.strip();
    return getName().strip().equalsIgnoreCase(wanted) || getAliases().stream().anyMatch(alias -> alias.strip().equalsIgnoreCase(wanted));
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's properties, for a changed copy.
   *
   * @return a new builder, filled from this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link OwnFormat}; {@code build()} throws {@link IllegalStateException} naming a missing attribute. */
  final class Builder extends ImmutableOwnFormat.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
