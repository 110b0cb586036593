package de.nextnetz.domain;

import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.statute.Assumption;
import de.nextnetz.domain.statute.Season;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.time.FederalState;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.OwnFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A small, valid association to start one's own from ({@code next init}): seven founding members
 * (the number § 56 BGB asks for the register), a board of chair, vice chair and treasurer elected
 * on the founding day, and a statute of one version whose values are placeholders, each named as
 * an assumption until it is replaced by the clause of one's own Satzung; two event formats of its own
 * (Workshop, Stammtisch) to show how event tables name them.
 */
public final class AssociationTemplate {

  /** How many founding members the template has: § 56 BGB asks for at least seven to register. */
  public static final int FOUNDING_MEMBERS = 7;

  private AssociationTemplate() {}

  /**
   * The template.
   *
   * @param name the association's name, e.g. {@code "Musterverein"}
   * @param seat the seat, e.g. {@code "Berlin"}; its Land is set where the seat names one (Berlin,
   *     Hamburg, Bremen), else to be filled in
   * @param founded the founding day, also the day of the first board election
   * @return the association, valid and without statute errors on its founding day
   */
  public static Association of(String name, String seat, LocalDate founded) {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= FOUNDING_MEMBERS; i++) {
      String id = "m-" + i;
      members.add(Member.builder().id(id).kind(MembershipKind.PERSONAL).person(Person.of("p-" + i, "Gründungsmitglied " + i))
          .start(founded).founding(true).build());
    }
    Board board = Board.builder()
        .addSeat(BoardSeat.of(members.get(0).getPerson().orElseThrow(), BoardRole.CHAIR))
        .addSeat(BoardSeat.of(members.get(1).getPerson().orElseThrow(), BoardRole.VICE_CHAIR))
        .addSeat(BoardSeat.of(members.get(2).getPerson().orElseThrow(), BoardRole.TREASURER))
        .addElection(Election.on(founded))
        .build();
    Optional<FederalState> land = FederalState.ofSeat(seat);
    return Association.builder()
        .name(name)
        .shortName(name)
        .legalForm("e. V.")
        .foundingDate(founded)
        .seat(seat)
        .seatState(land)
        .purpose("Der Zweck des Vereins, wie ihn § 2 der Satzung nennt (bitte eintragen)")
        .statute(Statute.of(statute(name, founded)))
        .members(members)
        .board(board)
        // An association's own event formats, by its own names: examples to rename or remove.
        .addEventFormats(OwnFormat.builder().name("Workshop").format(EventFormat.NEXTWERKSTATT).addAliases("Werkstatt").build())
        .addEventFormats(OwnFormat.builder().name("Stammtisch").format(EventFormat.NETWORK_EVENT).build())
        .build();
  }

  /** A day as German text writes it ("1. März 2019"), the JDK's long style, as the rules' messages format it. */
  private static final java.time.format.DateTimeFormatter GERMAN_DAY = java.time.format.DateTimeFormatter
      .ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(java.util.Locale.GERMANY);

  private static StatuteVersion statute(String name, LocalDate founded) {
    // The Satzung is a German document: its source reads as one, whatever the language of the tool's messages.
    String source = "Satzung " + name + " e. V. vom " + GERMAN_DAY.format(founded)
        + " (Vorlage: jeden Wert durch seine Klausel ersetzen)";
    return StatuteVersion.builder()
        .validFrom(founded)
        .source(source)
        .chairs(1)
        .viceChairs(1)
        .treasurers(1)
        .furtherBoardMembers(0)
        .reElectionWithin(Period.ofYears(2))
        .continuationClause(false)
        .roleAccumulationAllowed(false)
        .membershipKinds(EnumSet.of(MembershipKind.PERSONAL))
        .admissionProcedureKinds(EnumSet.of(MembershipKind.PERSONAL))
        .furtherBoardMembersExact(true)
        .reviewersRequired(0)
        .boardApprovalRequired(true)
        .annualGeneralAssembly(true)
        .assemblyAtAutumnConference(false)
        .springAndAutumnConference(false)
        .spring(Season.of(MonthDay.of(3, 1), MonthDay.of(5, 31)))
        .autumn(Season.of(MonthDay.of(9, 1), MonthDay.of(11, 30)))
        .communityMinMeetings(0)
        .communityMaxMeetings(12)
        .communityProRata(true)
        .addAssumption(Assumption.of("statute", "template values", "Werte der Vorlage",
            "The template's board (chair, vice chair, treasurer, elected for two years), admission by the board and"
                + " the yearly general assembly are placeholders until they are replaced by the Satzung's clauses.",
            "Der Vorstand der Vorlage (Vorsitz, Stellvertretung, Kasse, auf zwei Jahre gewählt), die Aufnahme durch den"
                + " Vorstand und die jährliche Mitgliederversammlung sind Platzhalter, bis die Klauseln der Satzung sie"
                + " ersetzen."))
        .build();
  }
}
