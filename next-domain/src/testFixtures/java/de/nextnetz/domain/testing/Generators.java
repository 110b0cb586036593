package de.nextnetz.domain.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.base.Organisation;
import de.nextnetz.domain.base.OrganisationKind;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.BoardRole;
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

/**
 * Builds domain values from a fuzzer's data. The values always satisfy the invariants (so the
 * builders never throw) but may break any Bean Validation constraint (blank names, bad ids,
 * negative fees), since validation must report those.
 */
public final class Generators {

  private static final LocalDate EPOCH = LocalDate.of(2018, 1, 1);

  private final FuzzedDataProvider data;

  public Generators(FuzzedDataProvider data) {
    this.data = data;
  }

  public LocalDate date() {
    return EPOCH.plusDays(data.consumeInt(0, 365 * 12));
  }

  public String text() {
    return data.consumeString(12);
  }

  /** An identifier that is valid most of the time. */
  public String id(String prefix, int index) {
    return data.consumeInt(0, 15) == 0 ? text() : prefix + "-" + index;
  }

  public Money money() {
    return Money.ofCents(data.consumeLong(-100_000, 10_000_000), Money.EUR);
  }

  public Person person(int index) {
    Person.Builder person = Person.builder().id(id("p", index)).name(text());
    if (data.consumeBoolean()) {
      person.title("Dr.");
    }
    return person.build();
  }

  public Member member(int index) {
    LocalDate start = date();
    Member.Builder member = Member.builder()
        .id(id("M", index))
        .kind(data.pickValue(MembershipKind.values()))
        .start(start)
        .founding(data.consumeBoolean());
    if (data.consumeBoolean()) {
      member.person(person(index));
    } else {
      member.organisation(Organisation.builder()
          .id(id("o", index))
          .name(text())
          .kind(data.pickValue(OrganisationKind.values()))
          .build());
    }
    if (data.consumeBoolean()) {
      member.end(start.plusDays(data.consumeInt(0, 3000)));
    }
    if (data.consumeBoolean()) {
      member.annualFee(money());
    }
    if (data.consumeBoolean()) {
      member.applicationId("A-" + index);
    }
    return member.build();
  }

  public Application application(int index, int members) {
    LocalDate date = date();
    Application.Builder application = Application.builder()
        .id(id("A", index))
        .applicantName(text())
        .memberId("M-" + index)
        .kind(data.pickValue(MembershipKind.values()))
        .date(date);
    int reviews = data.consumeInt(0, 4);
    for (int r = 0; r < reviews; r++) {
      application.addReview(Review.of("M-" + data.consumeInt(0, Math.max(0, members - 1)),
          date.plusDays(data.consumeInt(-30, 60))));
    }
    if (data.consumeBoolean()) {
      application.decision(data.consumeBoolean()
          ? BoardDecision.approvedOn(date.plusDays(data.consumeInt(-10, 90)))
          : BoardDecision.rejectedOn(date.plusDays(data.consumeInt(0, 90))));
    }
    return application.build();
  }

  public Board board() {
    Board.Builder board = Board.builder();
    int seats = data.consumeInt(0, 12);
    for (int i = 0; i < seats; i++) {
      board.addSeat(BoardSeat.of(person(100 + i), data.pickValue(BoardRole.values())));
    }
    int elections = data.consumeInt(0, 3);
    for (int i = 0; i < elections; i++) {
      board.addElection(Election.on(date()));
    }
    return board.build();
  }

  public Event event(int index) {
    LocalDate date = date();
    Event.Builder event = Event.builder()
        .id(id("e", index))
        .date(date)
        .format(data.pickValue(EventFormat.values()))
        .title(text())
        .mode(data.pickValue(EventMode.values()));
    if (data.consumeBoolean()) {
      event.endDate(date.plusDays(data.consumeInt(0, 3)));
    }
    if (data.consumeBoolean()) {
      event.communityId("c-" + data.consumeInt(0, 5));
    }
    event.addSourceRow(data.consumeInt(-1, 60));
    return event.build();
  }

  /** An association with everything in it; structurally valid or not. */
  public Association association() {
    Association.Builder association = Association.builder()
        .name(text())
        .shortName(data.consumeBoolean() ? "NExT" : text())
        .foundingDate(date())
        .seat("Berlin")
        .purpose(data.consumeBoolean() ? "Volks- und Berufsbildung" : text())
        .statute(NextSeeds.statute())
        .board(board());
    int members = data.consumeInt(0, 12);
    for (int i = 0; i < members; i++) {
      association.addMember(member(i));
    }
    int applications = data.consumeInt(0, 6);
    for (int i = 0; i < applications; i++) {
      association.addApplication(application(i, members));
    }
    int communities = data.consumeInt(0, 4);
    for (int i = 0; i < communities; i++) {
      association.addCommunity(Community.builder().id(id("c", i)).name(text()).build());
    }
    int events = data.consumeInt(0, 12);
    for (int i = 0; i < events; i++) {
      association.addEvent(event(i));
    }
    if (data.consumeBoolean()) {
      association.addGeneralAssembly(GeneralAssembly.builder().id("mv-1").date(date()).build());
    }
    return association.build();
  }
}
