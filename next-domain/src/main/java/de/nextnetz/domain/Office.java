package de.nextnetz.domain;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Person;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/** Geschäftsstelle: the association's office and its managing director (Geschäftsführung). */
@Value.Immutable
public interface Office {

  /** {@return the postal address, e.g. {@code "Prinzessinnenstraße 8 – 14, 10969 Berlin"}} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getAddress();

  /** {@return the e-mail address of the office} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getEmail();

  /** {@return the web site} */
  Optional<URI> getWebsite();

  /** {@return the managing director (Geschäftsführer:in)} */
  Optional<@Valid Person> getManagingDirector();

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
   * Builds a {@link Office}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableOffice.Builder {
    /** Creates an empty builder, as {@link Office#builder()} does. */
    public Builder() {}
  }
}
