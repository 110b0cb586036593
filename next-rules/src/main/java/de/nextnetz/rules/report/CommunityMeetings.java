package de.nextnetz.rules.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** How often one community met in the year of a report. */
public final class CommunityMeetings {

  private final String communityId;
  private final String name;
  private final int meetings;

  /**
   * Creates the figure of one community.
   *
   * @param communityId the community's identifier
   * @param name the community's name
   * @param meetings the number of meetings, at least 0
   * @throws IllegalArgumentException if the number of meetings is negative
   */
  public CommunityMeetings(String communityId, String name, int meetings) {
    if (meetings < 0) {
      throw new IllegalArgumentException("meetings must not be negative, but was " + meetings);
    }
    this.communityId = Objects.requireNonNull(communityId, "communityId");
    this.name = Objects.requireNonNull(name, "name");
    this.meetings = meetings;
  }

  /** {@return the community's identifier} */
  public String getCommunityId() {
    return communityId;
  }

  /** {@return the community's name} */
  public String getName() {
    return name;
  }

  /** {@return the number of meetings (events of format community meeting) in the year} */
  public int getMeetings() {
    return meetings;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CommunityMeetings that && that.communityId.equals(communityId)
        && that.name.equals(name) && that.meetings == meetings;
  }

  @Override
  public int hashCode() {
    return Objects.hash(communityId, name, meetings);
  }

  /** {@return e.g. {@code "Chatbot: 3"}} */
  @Override
  public String toString() {
    return name + ": " + meetings;
  }
}
