package de.nextnetz.rules.law;

import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The rhythm the Satzung sets for its groups, computed here once: how many meetings a community of practice owes
 * in a year. The rule {@code COMMUNITY_MEETING_FREQUENCY}, its deadlines and the activity report all ask here, so
 * the report never judges a community founded during the year against the whole year's minimum.
 */
public final class RhythmLaw {

  private RhythmLaw() {}

  /**
   * How many meetings a community is expected to hold in a year: the statute's minimum and maximum.
   *
   * @param minimum the fewest meetings, at least 0
   * @param maximum the most meetings, at least the minimum
   */
  public record MeetingBand(int minimum, int maximum) {

    /**
     * Checks the band.
     *
     * @param minimum the fewest meetings
     * @param maximum the most meetings
     * @throws IllegalArgumentException if the minimum is negative or above the maximum
     */
    public MeetingBand {
      if (minimum < 0 || maximum < minimum) {
        throw new IllegalArgumentException("a band of meetings runs from 0 up, but was " + minimum + " to " + maximum);
      }
    }

    /**
     * Whether a number of meetings is within the band.
     *
     * @param meetings the meetings held
     * @return whether at least the minimum and at most the maximum
     */
    public boolean contains(int meetings) {
      return meetings >= minimum && meetings <= maximum;
    }
  }

  /**
   * The meetings a community owes in a year under a statute version: the statute's minimum and maximum; for a
   * community founded during the year, where the statute says so ({@code communityProRata}), the minimum pro
   * rata from its founding day (else its first event of the year, else 1 January) to the year's end, rounded up:
   * two meetings a year, founded on 1 July 2024, owe one.
   *
   * @param statute the statute version that governs the year
   * @param community the community
   * @param year the year
   * @param firstEvent the community's first event in the year, if any
   * @return the band
   */
  public static MeetingBand communityBand(StatuteVersion statute, Community community, int year,
      Optional<LocalDate> firstEvent) {
    Objects.requireNonNull(firstEvent, "firstEvent");
    int minimum = statute.getCommunityMinMeetings();
    boolean founded = community.getFoundedIn().map(in -> in.getValue() == year).orElse(false);
    if (founded && statute.isCommunityProRata()) {
      LocalDate start = community.getFoundingDate().orElse(firstEvent.orElse(LocalDate.of(year, 1, 1)));
      long active = ChronoUnit.DAYS.between(start, LocalDate.of(year + 1, 1, 1));
      minimum = (int) Math.ceil(minimum * (double) active / Year.of(year).length());
    }
    return new MeetingBand(Math.min(minimum, statute.getCommunityMaxMeetings()), statute.getCommunityMaxMeetings());
  }
}
