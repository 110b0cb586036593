package de.nextnetz.rules;

import de.nextnetz.rules.builtin.BuiltInRules;
import static de.nextnetz.rules.Fixtures.boardElectedOn;
import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.findings;
import static de.nextnetz.rules.Fixtures.next;
import static de.nextnetz.rules.Fixtures.status;
import static de.nextnetz.rules.Fixtures.withStatute;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.board.ImmutableBoard;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.seeds.NextSeeds;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BoardRulesTest {

  @Nested
  class ElectionOverdue {

    @Test
    @DisplayName("Satzung 1.3 with §§ 187, 188 BGB: elected 21 Nov 2024, the deadline day 21 Nov 2026 is still on time")
    void on_time_on_the_deadline_day_itself() {
      assertThat(findings(next(), day("2026-11-21"), RuleId.of("BOARD_ELECTION_OVERDUE"))).isEmpty();
      assertThat(status(next(), day("2026-11-21"), RuleId.of("BOARD_ELECTION_OVERDUE"))).isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("Satzung 1.3: overdue the day after the deadline, an ERROR without a continuation clause")
    void overdue_the_day_after_the_deadline() {
      List<Finding> found = findings(next(), day("2026-11-22"), RuleId.of("BOARD_ELECTION_OVERDUE"));

      assertThat(found).singleElement().satisfies(finding -> {
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.path()).isEqualTo("/board");
        assertThat(finding.dueDate()).contains(day("2026-11-21"));
        assertThat(finding.citation().source()).contains("Abschnitt 1.3").contains("§§ 187");
        assertThat(finding.citation().quote()).hasValueSatisfying(q -> assertThat(q).contains("spätestens zwei Jahre"));
        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("The board was last elected on 21 November 2024;"
            + " the re-election was due by 21 November 2026 and is overdue. Without a continuation clause the"
            + " board's term ended with that day. The period runs from the election, counted from the end of the"
            + " starting day to the day of the same number, §§ 187 Abs. 1, 188 Abs. 2 and 3 BGB.");
        assertThat(finding.message(Locale.GERMAN)).startsWith("Der Vorstand wurde zuletzt am 21. November 2024 gewählt");
        assertThat(finding.explain(Locale.ENGLISH)).isEqualTo("last election: 21 November 2024; re-election within: 2 years;"
            + " due by: 21 November 2026; period: counted from the end of the starting day to the day of the same"
            + " number, §§ 187 Abs. 1, 188 Abs. 2 and 3 BGB; as of: 22 November 2026; continuation clause: no");
        assertThat(finding.explain(Locale.GERMAN)).isEqualTo("letzte Wahl: 21. November 2024; Neuwahl innerhalb: 2 Jahre;"
            + " fällig bis: 21. November 2026; Frist: gezählt ab dem Ende des Ausgangstages bis zum Tag derselben Zahl,"
            + " §§ 187 Abs. 1, 188 Abs. 2 und 3 BGB; Stichtag: 22. November 2026; Fortdauerklausel: nein");
      });
    }

    @Test
    @DisplayName("Satzung 1.3: with a continuation clause the overdue election is a WARNING")
    void a_continuation_clause_makes_it_a_warning() {
      Association continued = withStatute(next(), v -> v.withContinuationClause(true));
      assertThat(findings(continued, day("2026-11-22"), RuleId.of("BOARD_ELECTION_OVERDUE")))
          .extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    @DisplayName("§ 188 Abs. 3 BGB: elected 29 Feb 2024, due 28 Feb 2026, overdue from 1 Mar 2026")
    void a_leap_day_election_is_due_on_28_february() {
      Association leap = boardElectedOn(day("2024-02-29"));
      assertThat(findings(leap, day("2026-02-28"), RuleId.of("BOARD_ELECTION_OVERDUE"))).isEmpty();
      assertThat(findings(leap, day("2026-03-01"), RuleId.of("BOARD_ELECTION_OVERDUE")))
          .singleElement().satisfies(f -> assertThat(f.dueDate()).contains(day("2026-02-28")));
    }

    @Test
    @DisplayName("Reference vector 1: elected 12 Oct 2023, a new election on 12 Oct 2025 is on time")
    void a_new_election_on_the_deadline_day_is_on_time() {
      Association elected = boardElectedOn(day("2023-10-12"));
      assertThat(findings(elected, day("2025-10-13"), RuleId.of("BOARD_ELECTION_OVERDUE"))).hasSize(1);

      Association reElected = Fixtures.withBoard(elected, ImmutableBoard.copyOf(elected.getBoard())
          .withElections(Election.on(day("2023-10-12")), Election.on(day("2025-10-12"))));
      assertThat(findings(reElected, day("2025-10-13"), RuleId.of("BOARD_ELECTION_OVERDUE"))).isEmpty();
    }

    @Test
    void an_election_recorded_after_the_day_of_the_check_does_not_count() {
      Association planned = Fixtures.withBoard(next(), ImmutableBoard.copyOf(next().getBoard())
          .withElections(Election.on(day("2024-11-21")), Election.on(day("2027-01-10"))));
      assertThat(findings(planned, day("2026-11-22"), RuleId.of("BOARD_ELECTION_OVERDUE"))).hasSize(1);
    }

    @Test
    void unknown_without_any_election() {
      Association none = Fixtures.withBoard(next(), ImmutableBoard.copyOf(next().getBoard()).withElections());
      Outcome outcome = Fixtures.check(none, day("2026-11-22")).outcome(RuleId.of("BOARD_ELECTION_OVERDUE")).orElseThrow();
      assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
      assertThat(outcome.missingFacts()).containsExactly("/board/elections");
    }
  }

  @Nested
  class TermExpiringSoon {

    @Test
    @DisplayName("Satzung 1.3: warns 90 days ahead (23 Aug 2026 for a deadline of 21 Nov 2026), not 91")
    void warns_within_the_lead_time() {
      assertThat(findings(next(), day("2026-08-22"), RuleId.of("BOARD_TERM_EXPIRING_SOON"))).isEmpty();
      assertThat(findings(next(), day("2026-08-23"), RuleId.of("BOARD_TERM_EXPIRING_SOON")))
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("The board must be re-elected by 21 November 2026: 90 days left.");
          });
      assertThat(findings(next(), day("2026-11-21"), RuleId.of("BOARD_TERM_EXPIRING_SOON"))).hasSize(1);
      assertThat(status(next(), day("2026-11-22"), RuleId.of("BOARD_TERM_EXPIRING_SOON"))).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void the_lead_time_is_configurable() {
      RuleEngine<Association> engine = RuleEngine.forAssociations().addRules(BuiltInRules.all())
          .replaceRule(BuiltInRules.boardTermExpiringSoon(30)).build();
      assertThat(engine.check(next(), day("2026-10-21")).outcome(RuleId.of("BOARD_TERM_EXPIRING_SOON")).orElseThrow().status())
          .isEqualTo(Status.SATISFIED);
      assertThat(engine.check(next(), day("2026-10-22")).outcome(RuleId.of("BOARD_TERM_EXPIRING_SOON")).orElseThrow().status())
          .isEqualTo(Status.VIOLATED);
    }
  }

  @Nested
  class DeadlineBeforeNextAssembly {

    @Test
    @DisplayName("Reference vector 3: elected 12 Oct 2023, next autumn assembly planned 5 Nov 2025 misses 12 Oct 2025")
    void a_planned_assembly_after_the_deadline_is_a_warning() {
      Association planned = boardElectedOn(day("2023-10-12")).withGeneralAssemblies(
          GeneralAssembly.builder().id("mv-2025").date(day("2025-11-05")).status(AssemblyStatus.PLANNED).build());

      assertThat(findings(planned, day("2025-06-01"), RuleId.of("BOARD_ELECTION_DEADLINE_BEFORE_NEXT_MV")))
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("/generalAssemblies/0");
            assertThat(f.dueDate()).contains(day("2025-10-12"));
          });
    }

    @Test
    void a_planned_assembly_on_the_deadline_day_is_in_time() {
      Association planned = boardElectedOn(day("2023-10-12")).withGeneralAssemblies(
          GeneralAssembly.builder().id("mv-2025").date(day("2025-10-12")).status(AssemblyStatus.PLANNED).build());
      assertThat(status(planned, day("2025-06-01"), RuleId.of("BOARD_ELECTION_DEADLINE_BEFORE_NEXT_MV")))
          .isEqualTo(Status.SATISFIED);
    }

    @Test
    void unknown_when_no_assembly_is_planned() {
      assertThat(status(next(), day("2026-01-01"), RuleId.of("BOARD_ELECTION_DEADLINE_BEFORE_NEXT_MV")))
          .isEqualTo(Status.UNKNOWN);
    }
  }

  @Nested
  class Composition {

    @Test
    @DisplayName("Satzung 1.3: the 2024 board has 1 chair, 1 vice chair, 1 treasurer, 7 further members")
    void the_2024_board_complies() {
      assertThat(status(next(), day("2025-01-01"), RuleId.of("BOARD_COMPOSITION_INVALID"))).isEqualTo(Status.SATISFIED);
      assertThat(status(next(), day("2025-01-01"), RuleId.of("BOARD_ROLE_ACCUMULATION"))).isEqualTo(Status.SATISFIED);
      assertThat(status(next(), day("2025-01-01"), RuleId.of("BOARD_MISSING"))).isEqualTo(Status.SATISFIED);
    }

    @Test
    @DisplayName("Satzung 1.3: a vacant treasurer is an ERROR, a missing further member a WARNING")
    void a_vacant_role_is_found() {
      Board board = NextSeeds.board2024();
      List<BoardSeat> seats = board.getSeats().stream()
          .filter(seat -> seat.getRole() != BoardRole.TREASURER).skip(0).toList();
      Board smaller = ImmutableBoard.copyOf(board).withSeats(seats.subList(0, seats.size() - 1));

      List<Finding> found = findings(Fixtures.withBoard(next(), smaller), day("2025-01-01"), RuleId.of("BOARD_COMPOSITION_INVALID"));

      assertThat(found).extracting(Finding::severity, f -> f.message(Locale.ENGLISH)).containsExactly(
          org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "The statute sets one treasurer; the board has none."),
          org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "The statute sets 7 further board members; the board has 6."));
      assertThat(found).extracting(f -> f.message(Locale.GERMAN)).containsExactly(
          "Die Satzung sieht eine Schatzmeisterin oder einen Schatzmeister vor; im Vorstand hat niemand diese Rolle.",
          "Die Satzung sieht 7 weitere Vorstandsmitglieder vor; im Vorstand haben 6 Personen diese Rolle.");
      List<BoardSeat> officers = seats.stream().filter(seat -> seat.getRole() != BoardRole.MEMBER).toList();
      List<BoardSeat> oneFurther = new java.util.ArrayList<>(officers);
      oneFurther.add(seats.stream().filter(seat -> seat.getRole() == BoardRole.MEMBER).findFirst().orElseThrow());
      assertThat(findings(Fixtures.withBoard(next(), ImmutableBoard.copyOf(board).withSeats(oneFurther)),
          day("2025-01-01"), RuleId.of("BOARD_COMPOSITION_INVALID"))).extracting(f -> f.message(Locale.GERMAN))
          .contains("Die Satzung sieht 7 weitere Vorstandsmitglieder vor; im Vorstand hat eine Person diese Rolle.");
    }

    @Test
    void at_most_seven_further_members_allows_fewer() {
      Board board = NextSeeds.board2024();
      Board smaller = ImmutableBoard.copyOf(board).withSeats(board.getSeats().subList(0, 9));
      Association atMost = withStatute(Fixtures.withBoard(next(), smaller), v -> v.withFurtherBoardMembersExact(false));
      assertThat(findings(atMost, day("2025-01-01"), RuleId.of("BOARD_COMPOSITION_INVALID"))).isEmpty();
    }

    @Test
    @DisplayName("Satzung 1.3: one person in two seats is an ERROR unless the statute allows accumulation")
    void one_person_in_two_seats() {
      Board board = NextSeeds.board2024();
      Person kranstedt = board.getSeats().get(0).getPerson();
      Board doubled = ImmutableBoard.copyOf(board).withSeats(
          board.getSeats().get(0), BoardSeat.of(kranstedt, BoardRole.TREASURER));

      assertThat(findings(Fixtures.withBoard(next(), doubled), day("2025-01-01"), RuleId.of("BOARD_ROLE_ACCUMULATION")))
          .singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("/board/seats/1");
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("Dr. Alfred Kranstedt holds more than one board seat (CHAIR, TREASURER).");
          });
      Association allowed = withStatute(Fixtures.withBoard(next(), doubled), v -> v.withRoleAccumulationAllowed(true));
      assertThat(findings(allowed, day("2025-01-01"), RuleId.of("BOARD_ROLE_ACCUMULATION")))
          .extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    @DisplayName("§ 26 Abs. 1 BGB: an association without a board is an ERROR")
    void no_board_at_all() {
      Association none = Fixtures.withBoard(next(), Board.builder().build());
      assertThat(findings(none, day("2025-01-01"), RuleId.of("BOARD_MISSING"))).singleElement()
          .satisfies(f -> assertThat(f.citation().source()).isEqualTo("§ 26 Abs. 1 Satz 1 BGB"));
      assertThat(status(none, day("2025-01-01"), RuleId.of("BOARD_COMPOSITION_INVALID"))).isEqualTo(Status.NOT_APPLICABLE);
    }
  }

  @Test
  @DisplayName("§ 58 Nr. 3 BGB, the Satzung's term: another association's board findings cite its own statute, never NExT's")
  void another_association_never_cites_next() {
    Association template = de.nextnetz.domain.AssociationTemplate.of("Heimatverein Musterdorf", "Wiesbaden",
        day("2019-03-01"));
    BoardSeat chair = template.getBoard().getSeats().get(0);
    Association crowded = template.toBuilder().board(template.getBoard().toBuilder()
        .seats(List.of(chair, BoardSeat.of(chair.getPerson(), BoardRole.TREASURER))).build()).build();
    java.util.Set<String> rulesSeen = new java.util.TreeSet<>();
    for (Association association : List.of(crowded, de.nextnetz.domain.seeds.Musterverein.association())) {
      java.time.LocalDate first = association.getStatute().getVersions().stream()
          .map(de.nextnetz.domain.statute.StatuteVersion::getValidFrom).min(java.util.Comparator.naturalOrder()).orElseThrow();
      for (java.time.LocalDate asOf = first; asOf.isBefore(day("2031-01-01")); asOf = asOf.plusMonths(1)) {
        CheckReport report = Fixtures.check(association, asOf);
        for (Finding finding : report.findings()) {
          if (finding.ruleId().value().startsWith("BOARD_")) {
            rulesSeen.add(finding.ruleId().value());
            assertThat(finding.citation().toString()).as("%s of %s as of %s", finding.ruleId(), association.getName(), asOf)
                .doesNotContain("NExT").doesNotContain("Tätigkeitsbericht");
          }
        }
        report.deadlines().stream().filter(deadline -> deadline.ruleId().value().startsWith("BOARD_"))
            .forEach(deadline -> assertThat(deadline.citation().toString()).doesNotContain("NExT"));
      }
    }
    assertThat(rulesSeen).contains(RuleId.of("BOARD_COMPOSITION_INVALID").value(), RuleId.of("BOARD_ROLE_ACCUMULATION").value(),
        RuleId.of("BOARD_ELECTION_OVERDUE").value(), RuleId.of("BOARD_TERM_EXPIRING_SOON").value());
    assertThat(Fixtures.check(crowded, day("2019-06-01")).findings()).filteredOn(f -> f.ruleId().equals(RuleId.of("BOARD_COMPOSITION_INVALID")))
        .first().satisfies(f -> assertThat(f.citation().source()).startsWith(crowded.getStatute().getVersions().get(0).getSource())
            .endsWith("; § 58 Nr. 3 BGB"));
  }
}
