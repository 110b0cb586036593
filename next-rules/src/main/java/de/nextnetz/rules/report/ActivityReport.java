package de.nextnetz.rules.report;

import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.law.RhythmLaw;
import java.util.Optional;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The figures of a year's activity report, computed from an association.
 *
 * <p>Events count once each; a conference over two days is one event and two event days (the
 * report's Table 1 lists it in two rows, so its "57 Veranstaltungen" are event days). Members are
 * counted by kind; {@link #getMembersAtYearEnd(Set)} sums the kinds one names (the report's 115
 * are personal and institutional members, without associated ones).
 */
public final class ActivityReport {

  private final Year year;
  private final Map<MembershipKind, Integer> membersAtYearEnd;
  private final Map<MembershipKind, Integer> joined;
  private final Map<MembershipKind, Integer> left;
  private final Map<EventFormat, Integer> eventsByFormat;
  private final Map<EventFormat, Integer> eventDaysByFormat;
  private final Map<EventMode, Integer> eventsByMode;
  private final List<LocalDate> generalAssemblies;
  private final List<CommunityMeetings> communityMeetings;
  private final boolean recorded;

  private ActivityReport(Year year, Association association) {
    this.year = year;
    this.recorded = de.nextnetz.rules.law.RecordedYears.isRecorded(association, year.getValue());
    LocalDate first = year.atDay(1);
    LocalDate last = year.atMonthDay(java.time.MonthDay.of(12, 31));
    Map<MembershipKind, Integer> atEnd = zeroes(MembershipKind.class);
    Map<MembershipKind, Integer> in = zeroes(MembershipKind.class);
    Map<MembershipKind, Integer> out = zeroes(MembershipKind.class);
    for (Member member : association.getMembers()) {
      if (member.isMemberOn(last)) {
        atEnd.merge(member.getKind(), 1, Integer::sum);
      }
      if (!member.getStart().isBefore(first) && !member.getStart().isAfter(last)) {
        in.merge(member.getKind(), 1, Integer::sum);
      }
      if (member.getEnd().filter(end -> !end.isBefore(first) && !end.isAfter(last)).isPresent()) {
        out.merge(member.getKind(), 1, Integer::sum);
      }
    }
    Map<EventFormat, Integer> byFormat = zeroes(EventFormat.class);
    Map<EventFormat, Integer> daysByFormat = zeroes(EventFormat.class);
    Map<EventMode, Integer> byMode = zeroes(EventMode.class);
    Map<String, Integer> meetings = new HashMap<>();
    Map<String, LocalDate> firstEvent = new HashMap<>();
    for (Event event : association.getEvents()) {
      LocalDate start = event.getDate().isBefore(first) ? first : event.getDate();
      LocalDate end = event.getLastDay().isAfter(last) ? last : event.getLastDay();
      if (end.isBefore(start)) {
        continue;
      }
      byFormat.merge(event.getFormat(), 1, Integer::sum);
      daysByFormat.merge(event.getFormat(), (int) (end.toEpochDay() - start.toEpochDay() + 1), Integer::sum);
      byMode.merge(event.getMode(), 1, Integer::sum);
      if (event.getFormat() == EventFormat.COMMUNITY_MEETING) {
        event.getCommunityId().ifPresent(id -> meetings.merge(id, 1, Integer::sum));
      }
      if (event.getDate().getYear() == year.getValue()) {
        event.getCommunityId().ifPresent(id -> firstEvent.merge(id, event.getDate(), (a, b) -> a.isBefore(b) ? a : b));
      }
    }
    List<LocalDate> assemblies = new ArrayList<>();
    for (GeneralAssembly assembly : association.getGeneralAssemblies()) {
      if (assembly.getStatus() == AssemblyStatus.HELD && assembly.isMeeting()
          && assembly.getDate().getYear() == year.getValue()) {
        assemblies.add(assembly.getDate());
      }
    }
    Collections.sort(assemblies);
    List<CommunityMeetings> perCommunity = new ArrayList<>();
    Optional<StatuteVersion> statute = association.statuteOn(last);
    for (Community community : association.getCommunities()) {
      if (community.getFoundedIn().map(founded -> founded.isAfter(year)).orElse(false)) {
        continue;
      }
      perCommunity.add(new CommunityMeetings(community.getId(), community.getName(),
          meetings.getOrDefault(community.getId(), 0), statute.map(version -> RhythmLaw.communityBand(version,
              community, year.getValue(), Optional.ofNullable(firstEvent.get(community.getId()))))));
    }
    this.membersAtYearEnd = Collections.unmodifiableMap(atEnd);
    this.joined = Collections.unmodifiableMap(in);
    this.left = Collections.unmodifiableMap(out);
    this.eventsByFormat = Collections.unmodifiableMap(byFormat);
    this.eventDaysByFormat = Collections.unmodifiableMap(daysByFormat);
    this.eventsByMode = Collections.unmodifiableMap(byMode);
    this.generalAssemblies = List.copyOf(assemblies);
    this.communityMeetings = List.copyOf(perCommunity);
  }

  /**
   * Computes the report of a year.
   *
   * @param association the association
   * @param year the calendar year
   * @return the figures
   */
  public static ActivityReport of(Association association, Year year) {
    return new ActivityReport(Objects.requireNonNull(year, "year"), Objects.requireNonNull(association, "association"));
  }

  private static <E extends Enum<E>> Map<E, Integer> zeroes(Class<E> type) {
    Map<E, Integer> map = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      map.put(constant, 0);
    }
    return map;
  }

  /** {@return the year} */
  public Year getYear() {
    return year;
  }

  /**
   * Whether the data has records of the year's activity (an event or a held general assembly):
   * without them, the event, assembly and community figures are not zeros but unknown.
   *
   * @return whether the year has records
   */
  public boolean isRecorded() {
    return recorded;
  }

  /** {@return the members on 31 December by kind (every kind, zero where none)} */
  public Map<MembershipKind, Integer> getMembersAtYearEnd() {
    return membersAtYearEnd;
  }

  /**
   * Sums the members on 31 December of some kinds.
   *
   * @param kinds the kinds to count, e.g. personal and institutional for the report's 115
   * @return the sum
   */
  public int getMembersAtYearEnd(Set<MembershipKind> kinds) {
    return kinds.stream().mapToInt(kind -> membersAtYearEnd.getOrDefault(kind, 0)).sum();
  }

  /** {@return the members who joined during the year, by kind} */
  public Map<MembershipKind, Integer> getJoined() {
    return joined;
  }

  /** {@return the members whose membership ended during the year, by kind} */
  public Map<MembershipKind, Integer> getLeft() {
    return left;
  }

  /** {@return the events in the year by format, each counted once} */
  public Map<EventFormat, Integer> getEventsByFormat() {
    return eventsByFormat;
  }

  /** {@return the event days in the year by format (a two-day conference counts two)} */
  public Map<EventFormat, Integer> getEventDaysByFormat() {
    return eventDaysByFormat;
  }

  /** {@return the events in the year by mode} */
  public Map<EventMode, Integer> getEventsByMode() {
    return eventsByMode;
  }

  /** {@return the number of events in the year} */
  public int getEvents() {
    return eventsByFormat.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@return the number of event days in the year} */
  public int getEventDays() {
    return eventDaysByFormat.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@return the members' conferences in the year (spring and autumn), each counted once} */
  public int getPanelConferences() {
    return eventsByFormat.getOrDefault(EventFormat.NEXTPANEL_SPRING, 0)
        + eventsByFormat.getOrDefault(EventFormat.NEXTPANEL_AUTUMN, 0);
  }

  /** {@return the days of the general assemblies held in the year} */
  public List<LocalDate> getGeneralAssemblies() {
    return generalAssemblies;
  }

  /** {@return the meetings of each community founded by the year, in the association's order} */
  public List<CommunityMeetings> getCommunityMeetings() {
    return communityMeetings;
  }

  /**
   * Two reports are equal when they are of the same year and hold the same figures.
   *
   * @param other another object
   * @return whether it is an equal report
   */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof ActivityReport that && year.equals(that.year) && recorded == that.recorded
        && membersAtYearEnd.equals(that.membersAtYearEnd) && joined.equals(that.joined) && left.equals(that.left)
        && eventsByFormat.equals(that.eventsByFormat) && eventDaysByFormat.equals(that.eventDaysByFormat)
        && eventsByMode.equals(that.eventsByMode) && generalAssemblies.equals(that.generalAssemblies)
        && communityMeetings.equals(that.communityMeetings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, recorded, membersAtYearEnd, joined, left, eventsByFormat, eventDaysByFormat, eventsByMode,
        generalAssemblies, communityMeetings);
  }

  /**
   * {@return the year's figures in one line for a developer's log, e.g. {@code ActivityReport[2024: members at year
   * end {PERSONAL=78, INSTITUTIONAL=37, ASSOCIATED=1}, joined {PERSONAL=12, ...}, 56 events on 57 days, ...]}; the
   * text for people is the activity report document}
   */
  @Override
  public String toString() {
    if (!recorded) {
      return "ActivityReport[" + year + ": members at year end " + membersAtYearEnd + ", joined " + joined + ", left "
          + left + ", no records of events or assemblies]";
    }
    return "ActivityReport[" + year + ": members at year end " + membersAtYearEnd + ", joined " + joined + ", left "
        + left + ", " + getEvents() + " events on " + getEventDays() + " days, general assemblies " + generalAssemblies
        + ", " + communityMeetings.size() + " communities]";
  }
}
