package de.nextnetz.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.base.TableProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventTableTest {

  private static String table1() throws IOException {
    try (InputStream in = Objects.requireNonNull(
        NextSeeds.class.getResourceAsStream("table1-2024.tsv"), "table1-2024.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2024, Tabelle 1: 57 rows give 56 events, the autumn conference over rows 48 and 49 as one")
  void table_1_of_the_report_maps_completely() throws IOException {
    EventTable.Result result = EventTable.read(table1(), NextSeeds.communities());

    assertThat(result.getRows()).isEqualTo(57);
    assertThat(result.getUnmapped()).isEmpty();
    assertThat(result.getEvents()).hasSize(56);
    assertThat(result.getEvents()).filteredOn(e -> e.getId().equals("2024-48")).singleElement().satisfies(e -> {
      assertThat(e.getSourceRows()).containsExactly(48, 49);
      assertThat(e.getEndDate()).contains(LocalDate.of(2024, 11, 22));
    });
    assertThat(result.getEvents()).filteredOn(e -> e.getTitle().equals("Woman@NExT")).singleElement()
        .satisfies(e -> assertThat(e.getCommunityId()).contains("women-at-next"));
    assertThat(result.getEvents()).filteredOn(e -> e.getTitle().equals("KI & Digitale Ethik"))
        .allSatisfy(e -> assertThat(e.getCommunityId()).contains("digitale-ethik-ki"));
  }

  @Test
  @DisplayName("A row that cannot be mapped is reported with its line number and kept, never dropped")
  void unmappable_rows_are_kept_with_their_line_numbers() {
    String table = """
        Nr.\tDatum\tFormat\tEvent\tOrt
        1\t17.01.2024\tNExTcommunity\tCloud für die Verwaltung\tVIRTUELL
        2\t30.02.2024\tNExTcommunity\tBlockchain\tirgendwo
        3\t01.02.2024\tNExTstammtisch\tAgile Vorantreiber:innen\tPräsenz

        4\t02.02.2024\tNExTpanel\tSommerkonferenz\thybrid
        5\t03.02.2024\tzu wenig
        """;

    EventTable.Result result = EventTable.read(table, NextSeeds.communities());

    assertThat(result.getRows()).isEqualTo(5);
    assertThat(result.getEvents()).singleElement().satisfies(e -> assertThat(e.getMode()).isEqualTo(EventMode.VIRTUAL));
    assertThat(result.getUnmapped()).extracting(EventTable.UnmappedRow::toString).containsExactly(
        "line 3: Datum \"30.02.2024\" must be a day such as 21.11.2024, 21.11.24 or 2024-11-21; Ort \"irgendwo\" must be"
            + " virtuell, Präsenz or hybrid (virtual, in person); Event \"Blockchain\" is no community of the association",
        "line 4: Format \"NExTstammtisch\" is no event format of the association",
        "line 6: Format \"NExTpanel Sommerkonferenz\" is no event format of the association",
        "line 7: the line does not have the columns Nr, Datum, Format, Event, Ort (3 cells)");
    assertThat(result.getUnmapped().get(0).getCells()).extracting(TableProblem::what).containsExactly(TableProblem.What.DAY,
        TableProblem.What.MODE, TableProblem.What.COMMUNITY);
    assertThat(result.getUnmapped().get(1).getText()).isEqualTo("3\t01.02.2024\tNExTstammtisch\tAgile Vorantreiber:innen\tPräsenz");
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.DisplayName("A table over 100,000 rows or with a line over 10,000 characters is refused before anything is mapped")
  void tables_beyond_the_limits_are_refused() {
    String header = "Nr.\tDatum\tFormat\tEvent\tOrt\n";
    String rows = header + "1\t17.01.2024\tNExTcommunity\tChatbot\tvirtuell\n".repeat(EventTable.MAX_ROWS + 1);
    EventTable.LimitExceeded tooMany = org.assertj.core.api.Assertions.catchThrowableOfType(
        EventTable.LimitExceeded.class, () -> EventTable.read(rows, de.nextnetz.domain.seeds.NextSeeds.communities()));
    org.assertj.core.api.Assertions.assertThat(tooMany.what()).isEqualTo(EventTable.LimitExceeded.What.ROWS);
    org.assertj.core.api.Assertions.assertThat(tooMany).hasMessage("the table has more than 100000 rows");

    String longLine = header + "1\t17.01.2024\tNExTcommunity\t" + "x".repeat(EventTable.MAX_LINE) + "\tvirtuell\n";
    EventTable.LimitExceeded tooLong = org.assertj.core.api.Assertions.catchThrowableOfType(
        EventTable.LimitExceeded.class, () -> EventTable.read(longLine, de.nextnetz.domain.seeds.NextSeeds.communities()));
    org.assertj.core.api.Assertions.assertThat(tooLong.line()).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(tooLong.limit()).isEqualTo(10_000);

    String allowed = header + "1\t17.01.2024\tNExTcommunity\tChatbot\tvirtuell\n".repeat(EventTable.MAX_ROWS);
    org.assertj.core.api.Assertions.assertThat(EventTable.read(allowed, de.nextnetz.domain.seeds.NextSeeds.communities())
        .getRows()).isEqualTo(EventTable.MAX_ROWS);
  }
}
