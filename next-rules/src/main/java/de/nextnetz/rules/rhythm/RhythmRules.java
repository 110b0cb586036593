package de.nextnetz.rules.rhythm;

import de.nextnetz.rules.StatuteRule;
import java.util.List;

/**
 * The rules on the meeting rhythm (annual assembly, conferences, community meetings): the one public door into
 * this package, whose rule classes are internal. Callers take the rules from {@code BuiltInRules}, which lists
 * these in its report order, and know them by their ids.
 */
public final class RhythmRules {

  private RhythmRules() {}

  /** {@return the rules of this package with their default settings, in report order} */
  public static List<StatuteRule> all() {
    return List.of(
        new MvAnnualMissing(),
        new MvNotAtAutumnConference(),
        new NextpanelFrequency(),
        new CommunityMeetingFrequency());
  }
}
