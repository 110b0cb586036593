package de.nextnetz.rules.report;

import de.nextnetz.rules.law.RhythmLaw;
import java.util.Optional;

import java.util.Objects;

/**
 * How often one community met in a year: its events of format community meeting, counted once
 * under every name it appears.
 *
 * @param communityId the community's identifier
 * @param name its name
 * @param meetings the number of meetings, at least 0
 * @param expected the meetings the statute expects of it in the year ({@link RhythmLaw#communityBand}, pro rata for
 *     a community founded during the year, as {@code COMMUNITY_MEETING_FREQUENCY} judges it); empty where no statute
 *     version is in force at the year's end
 */
public record CommunityMeetings(String communityId, String name, int meetings, Optional<RhythmLaw.MeetingBand> expected) {

  /**
   * Checks the count.
   *
   * @throws IllegalArgumentException if the number of meetings is negative
   * @param communityId the community's identifier
   * @param name its name
   * @param meetings the number of meetings, at least 0
   * @param expected the meetings the statute expects
   */
  public CommunityMeetings {
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expected, "expected");
    if (meetings < 0) {
      throw new IllegalArgumentException("meetings must not be negative, but was " + meetings);
    }
  }

  /**
   * Counted meetings without a statute to judge them by.
   *
   * @param communityId the community's identifier
   * @param name its name
   * @param meetings the number of meetings, at least 0
   * @throws IllegalArgumentException if the number of meetings is negative
   */
  public CommunityMeetings(String communityId, String name, int meetings) {
    this(communityId, name, meetings, Optional.empty());
  }

  /** {@return whether the meetings are within what the statute expects; empty where no statute judges them} */
  public Optional<Boolean> withinStatute() {
    return expected.map(band -> band.contains(meetings));
  }

  /** {@return e.g. {@code "Chatbot: 3"}} */
  @Override
  public String toString() {
    return name + ": " + meetings;
  }
}
