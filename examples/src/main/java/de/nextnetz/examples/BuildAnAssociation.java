package de.nextnetz.examples;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.validation.DomainValidator;
import de.nextnetz.domain.validation.Violation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Example: build an association with the builders, change it with {@code with…}, validate it. */
public final class BuildAnAssociation {

  private BuildAnAssociation() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Person chair = Person.builder().id("kranstedt").title("Dr.").name("Alfred Kranstedt").build();
    Association association = Association.builder()
        .name("Netzwerk – Experten digitale Transformation der Verwaltung")
        .shortName("NExT")
        .foundingDate(LocalDate.of(2018, 7, 12))
        .seat("Berlin")
        .purpose("Volks- und Berufsbildung einschließlich der Studentenhilfe")
        .statute(NextDataSet.association().getStatute())
        .board(Board.builder()
            .addSeat(BoardSeat.of(chair, BoardRole.CHAIR))
            .addElection(Election.on(LocalDate.of(2024, 11, 21)))
            .build())
        .addMember(Member.builder().id("P-001").kind(MembershipKind.PERSONAL)
            .person(Person.of("p-001", "Gründungsmitglied 001 (Platzhalter)"))
            .start(LocalDate.of(2018, 7, 12)).founding(true).build())
        .build();
    out.println("Built " + association.getDisplayName() + " with " + association.getBoard().getSeats().size()
        + " board seat(s), last elected " + association.getBoard().getLastElection().orElseThrow().getDate());
    out.println("Valid: " + DomainValidator.standard().validate(association).isEmpty());

    Association renamed = association.toBuilder().shortName(" ").build();
    for (Violation violation : DomainValidator.standard().validate(renamed)) {
      out.println("Problem: " + violation);
    }
  }
}
