package de.nextnetz.rules.report;

import java.util.Objects;

/**
 * How often one community met in a year: its events of format community meeting, counted once
 * under every name it appears.
 *
 * @param communityId the community's identifier
 * @param name its name
 * @param meetings the number of meetings, at least 0
 */
public record CommunityMeetings(String communityId, String name, int meetings) {

  /**
   * Checks the count.
   *
   * @throws IllegalArgumentException if the number of meetings is negative
   * @param communityId the community's identifier
   * @param name its name
   * @param meetings the number of meetings, at least 0
   */
  public CommunityMeetings {
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(name, "name");
    if (meetings < 0) {
      throw new IllegalArgumentException("meetings must not be negative, but was " + meetings);
    }
  }

  /** {@return e.g. {@code "Chatbot: 3"}} */
  @Override
  public String toString() {
    return name + ": " + meetings;
  }
}
