package de.nextnetz.domain.community;

import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Person;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * NExTcommunity: a community of practice on a digital topic, open to the network, coordinated by
 * one or more honorary leads, meeting two to six times a year.
 */
@Value.Immutable
public interface Community {

  /** {@return the identifier, referred to by events} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
  String getId();

  /** {@return the name as the activity report's community list gives it} */
  @Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE)
  String getName();

  /** {@return other names under which the community appears, e.g. in Table 1 of the report} */
  List<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getAliases();

  /** {@return the honorary leads (Community-Leitungen), where known} */
  List<@Valid Person> getLeads();

  /** {@return the year the community was founded, if known} */
  Optional<Year> getFoundingYear();

  /** {@return the day the community was founded, if known} */
  Optional<LocalDate> getFoundingDate();

  /** {@return where the community came from, if known} */
  Optional<@Valid CommunityOrigin> getOrigin();

  /** {@return the community's web page} */
  Optional<URI> getWebsite();

  /** {@return a remark on the data, e.g. that the report's list does not name the community} */
  Optional<@Pattern(regexp = Ids.NOT_BLANK, message = Ids.NOT_BLANK_MESSAGE) String> getNote();

  /**
   * Tells whether a name denotes this community: its name or one of its aliases, compared without
   * regard to case or surrounding white space.
   *
   * @param name a name as written in a table
   * @return {@code true} if the name is this community's name or an alias
   */
  default boolean isKnownAs(String name) {
    String wanted = normalise(name);
    return normalise(getName()).equals(wanted)
        || getAliases().stream().map(Community::normalise).anyMatch(wanted::equals);
  }

  /** {@return the year of founding: the founding date's year, else the founding year} */
  default Optional<Year> getFoundedIn() {
    return getFoundingDate().map(Year::from).or(this::getFoundingYear);
  }

  /**
   * Checks that founding date and founding year agree.
   *
   * @throws IllegalStateException if both are present and the date lies in another year
   */
  @Value.Check
  default void check() {
    if (getFoundingDate().isPresent() && getFoundingYear().isPresent()
        && getFoundingDate().get().getYear() != getFoundingYear().get().getValue()) {
      throw new IllegalStateException(
          "community " + getId() + ": 'foundingDate' (" + getFoundingDate().get()
              + ") must lie in 'foundingYear' (" + getFoundingYear().get() + ")");
    }
  }

  /**
   * Finds communities by name or alias as {@link #isKnownAs} does, through an index made once: for a table of many
   * rows against many communities (an event import), where asking each community for each row would take rows
   * times communities.
   *
   * @param communities the communities, the first one known by a name winning as in a search in this order
   * @return for a name, the first community known by it, or empty
   */
  static java.util.function.Function<String, Optional<Community>> finder(List<? extends Community> communities) {
    java.util.Map<String, Community> index = new java.util.HashMap<>();
    for (Community community : communities) {
      index.putIfAbsent(normalise(community.getName()), community);
      community.getAliases().forEach(alias -> index.putIfAbsent(normalise(alias), community));
    }
    return name -> Optional.ofNullable(index.get(normalise(name)));
  }

  private static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
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

  /**
   * Builds a {@link Community}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute that was not set, or any broken invariant.
   */
  final class Builder extends ImmutableCommunity.Builder {
    /** Creates an empty builder, as {@link Community#builder()} does. */
    public Builder() {}
  }
}
