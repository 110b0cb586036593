package de.nextnetz.bench;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.base.Organisation;
import de.nextnetz.domain.base.OrganisationKind;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.BoardDecision;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.domain.seeds.NextSeeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Associations of any size, built deterministically from a seed: every non-founding member with an
 * application, reviews and a board decision; a board with its history of elections; communities
 * and events in proportion (one community per 1,000 members, at least 17; half an event per
 * member over six years). About 2 % of the applications have only one eligible reviewer, so the
 * admission rules find something.
 */
public final class Generated {

  /** The day the benchmarks check as of: the day the 2024 board's re-election is overdue. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  private static final LocalDate FIRST_ADMISSION = LocalDate.of(2018, 9, 1);
  private static final int FOUNDERS = 7;

  private Generated() {}

  /**
   * Builds an association.
   *
   * @param members the number of members, at least 10
   * @param seed the seed of the random choices
   * @return the association
   */
  public static Association association(int members, long seed) {
    if (members < 10) {
      throw new IllegalArgumentException("members must be at least 10, but was " + members);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Member> memberList = new ArrayList<>(members);
    List<Application> applications = new ArrayList<>(members);
    int span = 6 * 365;
    for (int i = 0; i < members; i++) {
      String id = String.format(Locale.ROOT, "M-%07d", i);
      boolean founder = i < FOUNDERS;
      LocalDate start = founder ? NextSeeds.FOUNDED : FIRST_ADMISSION.plusDays((long) (i - FOUNDERS) * span / members);
      boolean institutional = i % 3 == 0;
      Member.Builder member = Member.builder().id(id)
          .kind(institutional ? MembershipKind.INSTITUTIONAL : MembershipKind.PERSONAL)
          .start(start).founding(founder);
      if (institutional) {
        member.organisation(Organisation.builder().id("o" + i).name("Behörde " + i).kind(OrganisationKind.AUTHORITY).build());
      } else {
        member.person(Person.of("p" + i, "Person " + i));
      }
      if (!founder) {
        String applicationId = "A-" + id;
        member.applicationId(applicationId);
        LocalDate applied = start.minusDays(30);
        LocalDate reviewed = start.minusDays(14);
        Application.Builder application = Application.builder().id(applicationId).applicantName("Applicant " + i)
            .memberId(id).kind(institutional ? MembershipKind.INSTITUTIONAL : MembershipKind.PERSONAL).date(applied)
            .decision(BoardDecision.approvedOn(start));
        int earlier = earliestMembersBefore(i, members);
        int first = random.nextInt(Math.max(1, earlier));
        int second = random.nextInt(Math.max(1, earlier));
        application.addReview(Review.of(String.format(Locale.ROOT, "M-%07d", first), reviewed));
        boolean defective = random.nextInt(50) == 0;
        application.addReview(Review.of(String.format(Locale.ROOT, "M-%07d", defective ? first : second == first
            ? (first + 1) % Math.max(2, earlier) : second), reviewed));
        applications.add(application.build());
      }
      if (i % 40 == 39) {
        member.annualFee(Money.euros(institutional ? "2500.00" : "150.00"));
      }
      memberList.add(member.build());
    }
    int communityCount = Math.max(17, members / 1000);
    List<Community> communities = new ArrayList<>(communityCount);
    for (int c = 0; c < communityCount; c++) {
      communities.add(Community.builder().id("c" + c).name("Community " + c).build());
    }
    List<Event> events = new ArrayList<>(members / 2 + 20);
    List<GeneralAssembly> assemblies = new ArrayList<>();
    for (int year = 2019; year <= 2024; year++) {
      events.add(Event.builder().id("spring-" + year).date(LocalDate.of(year, 4, 16)).format(EventFormat.NEXTPANEL_SPRING)
          .title("Frühjahrskonferenz").mode(EventMode.VIRTUAL).build());
      events.add(Event.builder().id("autumn-" + year).date(LocalDate.of(year, 11, 21)).endDate(LocalDate.of(year, 11, 22))
          .format(EventFormat.NEXTPANEL_AUTUMN).title("Herbstkonferenz (MV)").mode(EventMode.IN_PERSON).build());
      assemblies.add(GeneralAssembly.builder().id("mv-" + year).date(LocalDate.of(year, 11, 21)).eventId("autumn-" + year).build());
    }
    int meetings = members / 2;
    for (int e = 0; e < meetings; e++) {
      int community = e % communityCount;
      LocalDate day = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(span));
      events.add(Event.builder().id("e" + e).date(day).format(EventFormat.COMMUNITY_MEETING)
          .title("Community " + community).communityId("c" + community).mode(EventMode.VIRTUAL).build());
    }
    Board.Builder board = Board.builder();
    for (BoardSeat seat : NextSeeds.board2024().getSeats()) {
      board.addSeat(seat);
    }
    for (int year = 2018; year <= 2024; year += 2) {
      board.addElection(Election.builder().date(LocalDate.of(year, 11, 21)).build());
    }
    return Association.builder()
        .name("Generated association of " + members + " members")
        .shortName("GEN")
        .foundingDate(NextSeeds.FOUNDED)
        .seat("Berlin")
        .purpose("Volks- und Berufsbildung")
        .statute(NextSeeds.statute())
        .members(memberList)
        .applications(applications)
        .board(board.build())
        .communities(communities)
        .events(events)
        .generalAssemblies(assemblies)
        .build();
  }

  /** How many members had started 14 days before member i's start (founders always). */
  private static int earliestMembersBefore(int i, int members) {
    // Admissions are spread evenly; a margin of 15 days (reviews are 14 days before the start) survives rounding.
    int span = 6 * 365;
    int before = i - (int) Math.ceil(15.0 * members / span) - 1;
    return Math.max(FOUNDERS, before);
  }

}
