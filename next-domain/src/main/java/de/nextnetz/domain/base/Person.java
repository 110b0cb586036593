package de.nextnetz.domain.base;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/** Person: a natural person, e.g. a board member, a community lead or a personal member. */
@Value.Immutable
public interface Person {

  /** {@return the identifier of the person within the association's data, e.g. {@code "kranstedt"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the name without academic title, e.g. {@code "Alfred Kranstedt"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getName();

  /** {@return the academic title, e.g. {@code "Dr."}} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getTitle();

  /** {@return the title (if any) and the name, e.g. {@code "Dr. Alfred Kranstedt"}} */
  default String getDisplayName() {
    return getTitle().map(title -> title + " " + getName()).orElse(getName());
  }

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

  /** Builds a {@link Person}; {@code build()} throws {@link IllegalStateException} if id or name is missing. */
  final class Builder extends ImmutablePerson.Builder {
    /** Creates an empty builder, as {@link Person#builder()} does. */
    public Builder() {}
  }

  /**
   * Creates a person without a title.
   *
   * @param id the identifier
   * @param name the name
   * @return the person
   */
  static Person of(String id, String name) {
    return builder().id(id).name(name).build();
  }
}
