package de.nextnetz.rules.deadlines;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.Money;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.statute.Season;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.admission.MemberCountBelowThree;
import de.nextnetz.rules.board.BoardElectionOverdue;
import de.nextnetz.rules.rhythm.AnnualAssemblyMissing;
import de.nextnetz.rules.rhythm.CommunityMeetingFrequency;
import de.nextnetz.rules.rhythm.PanelFrequency;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lists what is due between two days, from the same data and statute as the check. Overdue items
 * (due before the first day, not yet done) are listed too, marked overdue.
 *
 * <pre>{@code
 * List<Deadline> due = Deadlines.between(association, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
 * }</pre>
 */
public final class Deadlines {

  private static final RuleId FEE_DUE = RuleId.of("FEE_DUE");
  private static final Citation FEE_CITATION =
      Citation.of("§ 58 Nr. 2 BGB; Beitragsregelung der Satzung; § 193 BGB");

  private Deadlines() {}

  /**
   * Lists the deadlines.
   *
   * @param association the association
   * @param from the first day of the listing (its statute version applies)
   * @param to the last day of the listing, not before {@code from}
   * @return the deadlines by due day, then rule, then path
   * @throws IllegalArgumentException if {@code to} lies before {@code from}, or no statute version
   *     is in force on {@code from}
   */
  public static List<Deadline> between(Association association, LocalDate from, LocalDate to) {
    Objects.requireNonNull(association, "association");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("'to' (" + to + ") must not be before 'from' (" + from + ")");
    }
    StatuteVersion statute = association.getStatute().versionOn(from).orElseThrow(() ->
        new IllegalArgumentException("no statute version is in force on " + from));
    List<Deadline> deadlines = new ArrayList<>();
    boardElection(association, statute, from, to, deadlines);
    annualAssembly(association, statute, from, to, deadlines);
    panelConferences(association, statute, from, to, deadlines);
    communityMeetings(association, statute, from, to, deadlines);
    fees(association, statute, from, to, deadlines);
    memberCount(association, statute, from, to, deadlines);
    deadlines.sort(Comparator.comparing(Deadline::getDueBy)
        .thenComparing(Deadline::getRuleId)
        .thenComparing(Deadline::getPath, Pointer.ORDER));
    return List.copyOf(deadlines);
  }

  private static void add(List<Deadline> deadlines, LocalDate due, LocalDate from, LocalDate to,
      RuleId ruleId, Citation citation, String path, String key, Map<String, String> parameters) {
    if (!due.isAfter(to)) {
      deadlines.add(new Deadline(due, ruleId, citation, path,
          Message.builtIn("deadline." + key, parameters), due.isBefore(from)));
    }
  }

  private static void boardElection(Association association, StatuteVersion statute, LocalDate from,
      LocalDate to, List<Deadline> deadlines) {
    association.getBoard().getLastElectionOn(from).ifPresent(date -> {
      LocalDate due = statute.reElectionDueBy(date);
      add(deadlines, due, from, to, BoardElectionOverdue.ID, new BoardElectionOverdue().citation(),
          "/board", "boardElection", Map.of("lastElection", date.toString(), "dueBy", due.toString()));
    });
  }

  private static void annualAssembly(Association association, StatuteVersion statute, LocalDate from,
      LocalDate to, List<Deadline> deadlines) {
    if (!statute.isAnnualGeneralAssembly()) {
      return;
    }
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      int y = year;
      boolean held = association.getGeneralAssemblies().stream()
          .anyMatch(a -> a.getStatus() == AssemblyStatus.HELD && a.getDate().getYear() == y
              && !a.getDate().isAfter(from));
      if (held) {
        continue;
      }
      LocalDate due = statute.isAssemblyAtAutumnConference()
          ? statute.getAutumn().getLastDay().atYear(year) : LocalDate.of(year, 12, 31);
      if (year == from.getYear() && due.isBefore(from)) {
        due = LocalDate.of(year, 12, 31);
      }
      add(deadlines, due, from, to, AnnualAssemblyMissing.ID, new AnnualAssemblyMissing().citation(),
          "/generalAssemblies", "annualAssembly", Map.of("year", String.valueOf(year)));
    }
  }

  private static void panelConferences(Association association, StatuteVersion statute, LocalDate from,
      LocalDate to, List<Deadline> deadlines) {
    if (!statute.isSpringAndAutumnConference()) {
      return;
    }
    Citation citation = new PanelFrequency().citation();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      conference(association, EventFormat.NEXTPANEL_SPRING, statute.getSpring(), year, from, to, citation,
          "springConference", deadlines);
      conference(association, EventFormat.NEXTPANEL_AUTUMN, statute.getAutumn(), year, from, to, citation,
          "autumnConference", deadlines);
    }
  }

  private static void conference(Association association, EventFormat format, Season season, int year,
      LocalDate from, LocalDate to, Citation citation, String key, List<Deadline> deadlines) {
    boolean recorded = association.getEvents().stream()
        .anyMatch(event -> event.getFormat() == format && event.getDate().getYear() == year);
    if (!recorded) {
      LocalDate due = season.getLastDay().atYear(year);
      if (!due.isBefore(from) || year == from.getYear()) {
        add(deadlines, due, from, to, PanelFrequency.ID, citation, "/events", key,
            Map.of("year", String.valueOf(year), "from", season.getFirstDay().atYear(year).toString()));
      }
    }
  }

  private static void communityMeetings(Association association, StatuteVersion statute, LocalDate from,
      LocalDate to, List<Deadline> deadlines) {
    Citation citation = new CommunityMeetingFrequency().citation();
    List<Community> communities = association.getCommunities();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      int y = year;
      Map<String, Integer> meetings = new LinkedHashMap<>();
      for (Event event : association.getEvents()) {
        if (event.getFormat() == EventFormat.COMMUNITY_MEETING && event.getDate().getYear() == y) {
          event.getCommunityId().ifPresent(id -> meetings.merge(id, 1, Integer::sum));
        }
      }
      for (int i = 0; i < communities.size(); i++) {
        Community community = communities.get(i);
        if (community.getFoundedIn().map(founded -> founded.getValue() > y).orElse(false)) {
          continue;
        }
        int held = meetings.getOrDefault(community.getId(), 0);
        int needed = statute.getCommunityMinMeetings() - held;
        if (needed > 0) {
          add(deadlines, LocalDate.of(year, 12, 31), from, to, CommunityMeetingFrequency.ID, citation,
              Pointer.to("communities", i), "communityMeetings",
              Map.of("community", community.getName(), "year", String.valueOf(year),
                  "held", String.valueOf(held), "needed", String.valueOf(needed)));
        }
      }
    }
  }

  private static void fees(Association association, StatuteVersion statute, LocalDate from,
      LocalDate to, List<Deadline> deadlines) {
    if (statute.getFeeDueDay().isEmpty()) {
      return;
    }
    MonthDay dueDay = statute.getFeeDueDay().get();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      LocalDate nominal = dueDay.atYear(year);
      LocalDate due = BerlinCalendar.nextWorkingDayFrom(nominal);
      if (due.isBefore(from)) {
        continue;
      }
      int payers = 0;
      Money total = Money.ofCents(0, Money.EUR);
      for (Member member : association.getMembers()) {
        if (member.isMemberOn(nominal) && member.getAnnualFee().isPresent()
            && member.getAnnualFee().get().getCurrency().equals(total.getCurrency())) {
          payers++;
          total = total.plus(member.getAnnualFee().get());
        }
      }
      if (payers > 0) {
        add(deadlines, due, from, to, FEE_DUE, FEE_CITATION, "/members", "fees",
            Map.of("year", String.valueOf(year), "payers", String.valueOf(payers),
                "total", total.toString(), "nominal", nominal.toString()));
      }
    }
  }

  private static void memberCount(Association association, StatuteVersion statute, LocalDate from,
      LocalDate to, List<Deadline> deadlines) {
    StatuteRule rule = new MemberCountBelowThree();
    for (Finding finding : rule.check(association, CheckContext.of(from, statute)).getFindings()) {
      finding.getDueDate().ifPresent(due -> add(deadlines, due, from, to, rule.id(), rule.citation(),
          finding.getPath(), "memberCount", finding.getMessage().getParameters()));
    }
  }
}
