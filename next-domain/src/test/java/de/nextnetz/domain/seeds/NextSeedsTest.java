package de.nextnetz.domain.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.CouncilResolution;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.validation.DomainValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NextSeedsTest {

  @Test
  @DisplayName("Tätigkeitsbericht 2024, 1.3: chair, vice chair, treasurer and seven further members, elected 21 Nov 2024")
  void the_board_elected_in_2024_has_ten_seats() {
    Board board = NextSeeds.board2024();

    assertThat(board.getSeats()).extracting(seat -> seat.getPerson().getDisplayName(), BoardSeat::getRole)
        .containsExactly(
            tuple("Dr. Alfred Kranstedt", BoardRole.CHAIR),
            tuple("Jan Klumb", BoardRole.VICE_CHAIR),
            tuple("Dr. Hans-Günter Gaul", BoardRole.TREASURER),
            tuple("Vincent Patermann", BoardRole.MEMBER),
            tuple("Yvonne Balzer", BoardRole.MEMBER),
            tuple("Dr. Astrid Schumacher", BoardRole.MEMBER),
            tuple("Elisabeth Paul", BoardRole.MEMBER),
            tuple("Martina Nolte", BoardRole.MEMBER),
            tuple("Dr. Hauke Traulsen", BoardRole.MEMBER),
            tuple("Shéhérazade Preuß", BoardRole.MEMBER));
    assertThat(board.countSeats(BoardRole.MEMBER)).isEqualTo(7);
    assertThat(board.getLastElection()).hasValueSatisfying(
        election -> assertThat(election.getDate()).isEqualTo(LocalDate.of(2024, 11, 21)));
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2024, 2.2: the sixteen communities of the list, and Wissensmanagement from Table 1")
  void the_communities_of_section_2_2_resolve_every_name_table_1_uses() {
    List<Community> communities = NextSeeds.communities();

    assertThat(communities).hasSize(17);
    assertThat(communities).filteredOn(c -> c.getNote().isEmpty()).hasSize(16);
    Association next = NextSeeds.association();
    assertThat(next.findCommunity("KI & Digitale Ethik")).map(Community::getName).contains("Digitale Ethik & KI");
    assertThat(next.findCommunity("Woman@NExT")).map(Community::getName).contains("women@NExT");
    assertThat(next.findCommunity("  women@next ")).map(Community::getName).contains("women@NExT");
    assertThat(next.findCommunity("Open Source")).map(Community::getId).contains("open-source");
    assertThat(next.findCommunity("Kollegiale Beratung")).map(Community::getId).contains("kollegiale-beratung");
    assertThat(next.findCommunity("Blockchain")).isEmpty();
    assertThat(next.findCommunity("Digitale Ethik & KI").flatMap(Community::getFoundedIn))
        .hasValueSatisfying(year -> assertThat(year.getValue()).isEqualTo(2024));
    assertThat(next.findCommunity("Digitale Ethik & KI").orElseThrow().getLeads())
        .extracting(Person::getName).containsExactly("Alina Lorenz");
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2024, Tabelle 1: every one of the 57 rows is kept, two-day autumn conference as one event")
  void table_1_gives_56_events_covering_all_57_rows() throws IOException {
    List<Event> events = NextSeeds.events2024();
    List<String[]> rows = table1();

    assertThat(rows).hasSize(57);
    assertThat(events).hasSize(56);
    Map<Integer, Event> byRow = events.stream()
        .flatMap(event -> event.getSourceRows().stream().map(row -> Map.entry(row, event)))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(byRow).hasSize(57);
    DateTimeFormatter german = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    for (String[] row : rows) {
      Event event = Objects.requireNonNull(byRow.get(Integer.parseInt(row[0])), row[0]);
      LocalDate day = LocalDate.parse(row[1], german);
      assertThat(!day.isBefore(event.getDate()) && !day.isAfter(event.getLastDay()))
          .as("row %s lies within event %s", row[0], event.getId()).isTrue();
      assertThat(event.getTitle()).as("row %s", row[0]).isEqualTo(row[3]);
      assertThat(event.getMode()).as("row %s", row[0])
          .isEqualTo(row[4].equalsIgnoreCase("virtuell") ? EventMode.VIRTUAL : EventMode.IN_PERSON);
    }
    Event autumn = Objects.requireNonNull(byRow.get(48));
    assertThat(autumn).isSameAs(byRow.get(49));
    assertThat(autumn.getFormat()).isEqualTo(EventFormat.NEXTPANEL_AUTUMN);
    assertThat(autumn.getDate()).isEqualTo(LocalDate.of(2024, 11, 21));
    assertThat(autumn.getEndDate()).contains(LocalDate.of(2024, 11, 22));
    assertThat(autumn.getLocation()).contains("Berlin");
    assertThat(Objects.requireNonNull(byRow.get(31)).getCommunityId()).contains("women-at-next");
    assertThat(Objects.requireNonNull(byRow.get(14)).getInvitedGuests()).containsExactly("Svenja Hahn");
    Map<EventFormat, Long> byFormat = events.stream()
        .collect(Collectors.groupingBy(Event::getFormat, Collectors.counting()));
    assertThat(byFormat).containsEntry(EventFormat.COMMUNITY_MEETING, 47L)
        .containsEntry(EventFormat.NEXTPERSPEKTIVEN, 4L)
        .containsEntry(EventFormat.NEXTPANEL_SPRING, 1L)
        .containsEntry(EventFormat.NEXTPANEL_AUTUMN, 1L)
        .containsEntry(EventFormat.WHATS_NEXT, 1L)
        .containsEntry(EventFormat.NEXTBASICS, 1L)
        .containsEntry(EventFormat.NETWORK_EVENT, 1L);
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2024, 1.2: 115 members on 31 Dec 2024 (37 institutional, 78 personal), +12 personal in 2024")
  void the_members_reproduce_the_reports_figures() {
    Association next = NextSeeds.association();
    List<Member> counted = next.membersOn(NextSeeds.END_OF_2024).stream()
        .filter(member -> member.getKind() != MembershipKind.ASSOCIATED).toList();
    Map<MembershipKind, Long> byKind = counted.stream()
        .collect(Collectors.groupingBy(Member::getKind, Collectors.counting()));

    assertThat(counted).hasSize(115);
    assertThat(byKind).containsEntry(MembershipKind.INSTITUTIONAL, 37L).containsEntry(MembershipKind.PERSONAL, 78L);
    assertThat(counted).filteredOn(m -> m.getStart().getYear() == 2024)
        .hasSize(12).allMatch(m -> m.getKind() == MembershipKind.PERSONAL);
    assertThat(counted).allMatch(m -> m.getName().contains(NextSeeds.PLACEHOLDER));
    assertThat(next.findMember("wiesbaden")).hasValueSatisfying(w -> {
      assertThat(w.getKind()).isEqualTo(MembershipKind.ASSOCIATED);
      assertThat(w.getAnnualFee()).contains(Money.euros("1000.00"));
    });
  }

  @Test
  @DisplayName("Beschluss Nr. 0057 (Vorlagen-Nr. 24-V-07-0001) of 21 Mar 2024: 1,000 EUR split 500/500 between Dezernat VII and II")
  void wiesbadens_resolution_0057_splits_the_fee_half_and_half() {
    CouncilResolution resolution = NextSeeds.wiesbadenResolution0057();
    assertThat(resolution.getNumber()).isEqualTo("0057");
    assertThat(resolution.getSubmissionNumber()).contains("24-V-07-0001");
    assertThat(resolution.getAgendaItem()).isEqualTo("Tagesordnung II Punkt 10");
    assertThat(resolution.getDate()).isEqualTo(LocalDate.of(2024, 3, 21));
    assertThat(resolution.getConditions()).singleElement()
        .satisfies(condition -> assertThat(condition.getDescription()).contains("Haushaltes 2024"));
    assertThat(resolution.getConditionsMetOn()).as("the day the 2024 budget took effect is unknown").isEmpty();

    MunicipalMembership membership = NextSeeds.wiesbadenMembership();
    assertThat(membership.getCostShares()).extracting(CostShare::getDepartment, CostShare::getAmount)
        .containsExactly(tuple("Dezernat VII", Money.euros("500.00")), tuple("Dezernat II", Money.euros("500.00")));
    assertThat(membership.getCostShareTotal()).isEqualTo(membership.getAnnualFee());
    assertThat(membership.getExecutingUnit()).contains("Dezernat III/20");
  }

  @Test
  void the_seeded_association_is_structurally_valid() {
    assertThat(DomainValidator.standard().validate(NextSeeds.association())).isEmpty();
    assertThat(DomainValidator.standard().validate(NextSeeds.wiesbadenMembership())).isEmpty();
  }

  @Test
  void the_seeded_statute_names_each_assumption() {
    assertThat(NextSeeds.statute().versionOn(LocalDate.of(2026, 11, 22))).hasValueSatisfying(version -> {
      assertThat(version.getBoardSeats()).isEqualTo(10);
      assertThat(version.reElectionDueBy(LocalDate.of(2024, 11, 21))).isEqualTo(LocalDate.of(2026, 11, 21));
      assertThat(version.getAssumptions()).extracting(a -> a.getParameter()).contains("continuationClause");
    });
    assertThat(NextSeeds.statute().versionOn(LocalDate.of(2018, 7, 11))).isEmpty();
  }

  static List<String[]> table1() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
            NextSeedsTest.class.getResourceAsStream("table1-2024.tsv"), "table1-2024.tsv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }

}
