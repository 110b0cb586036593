package de.nextnetz.examples;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.MunicipalMembership;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Builds NExT e. V. from the seeds and prints it: register facts, board, members, communities,
 * events and Wiesbaden's membership.
 */
public final class PrintNextAssociation {

  private PrintNextAssociation() {}

  /**
   * Prints the NExT association to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(render(NextDataSet.association(), NextDataSet.wiesbadenMembership()));
  }

  /**
   * Describes an association for a person to read.
   *
   * @param association the association
   * @param municipal a municipality's view of its membership in the association
   * @return the text, lines ending in {@code \n}
   */
  public static String render(Association association, MunicipalMembership municipal) {
    StringBuilder text = new StringBuilder();
    line(text, "%s — %s", association.getDisplayName(), association.getName());
    association.getRegisterEntry().ifPresent(entry -> line(text, "Founded %s in %s; %s, %s",
        association.getFoundingDate(), association.getSeat(), entry.getCourt(), entry.getNumber()));
    line(text, "Purpose: %s", association.getPurpose());
    association.getPatron().ifPresent(patron ->
        line(text, "Patron: %s", patron.getPerson().getDisplayName()));
    association.getOffice().ifPresent(office -> line(text, "Office: %s%s", office.getAddress(),
        office.getManagingDirector().map(md -> "; managing director " + md.getDisplayName())
            .orElse("")));

    text.append('\n');
    line(text, "Board: %d seats, elected %s", association.getBoard().getSeats().size(),
        association.getBoard().getLastElection().map(e -> e.getDate().toString()).orElse("(no election recorded)"));
    for (BoardSeat seat : association.getBoard().getSeats()) {
      line(text, "  %-16s %s", roleName(seat.getRole()), seat.getPerson().getDisplayName());
    }

    text.append('\n');
    LocalDate day = LocalDate.of(2024, 12, 31);
    List<Member> members = association.membersOn(day);
    line(text, "Members on %s: %d personal, %d institutional, %d associated", day,
        count(members, MembershipKind.PERSONAL), count(members, MembershipKind.INSTITUTIONAL),
        count(members, MembershipKind.ASSOCIATED));

    text.append('\n');
    line(text, "Communities: %d", association.getCommunities().size());
    for (Community community : association.getCommunities()) {
      line(text, "  %s%s", community.getName(), community.getAliases().isEmpty() ? ""
          : " (also: " + String.join(", ", community.getAliases()) + ")");
    }

    text.append('\n');
    List<Event> events = association.getEvents();
    int rows = events.stream().mapToInt(event -> event.getSourceRows().size()).sum();
    line(text, "Events: %d, from %d rows of Table 1", events.size(), rows);

    text.append('\n');
    line(text, "%s: %s member of %s", municipal.getMunicipality().getName(),
        municipal.getKind().name().toLowerCase(Locale.ROOT), municipal.getAssociation());
    municipal.getResolution().ifPresent(resolution -> line(text, "  resolution Nr. %s of %s",
        resolution.getNumber(), resolution.getDate()));
    line(text, "  annual fee %s", municipal.getAnnualFee());
    for (CostShare share : municipal.getCostShares()) {
      line(text, "    %-14s %s", share.getDepartment(), share.getAmount());
    }
    municipal.getExecutingUnit().ifPresent(unit -> line(text, "  paid by %s", unit));
    return text.toString();
  }

  private static long count(List<Member> members, MembershipKind kind) {
    return members.stream().filter(member -> member.getKind() == kind).count();
  }

  private static String roleName(BoardRole role) {
    return switch (role) {
      case CHAIR -> "chair";
      case VICE_CHAIR -> "vice chair";
      case TREASURER -> "treasurer";
      case MEMBER -> "member";
    };
  }

  private static void line(StringBuilder text, String format, Object... args) {
    text.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
