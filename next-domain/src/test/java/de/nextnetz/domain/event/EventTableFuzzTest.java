package de.nextnetz.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.nextnetz.domain.seeds.NextSeeds;

/**
 * Any text given to the event-table importer gives events and unmapped rows: no row is lost, and no
 * exception but the documented one for a table beyond the limits leaves it.
 */
class EventTableFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void any_text_gives_events_and_unmapped_rows_never_an_exception(FuzzedDataProvider data) {
    String table = data.consumeRemainingAsString();

    EventTable.Result result;
    try {
      result = EventTable.read(table, NextSeeds.communities());
    } catch (EventTable.LimitExceeded tooLarge) {
      assertThat(table.lines().anyMatch(line -> line.length() > EventTable.MAX_LINE)
          || table.split("\\R", -1).length > EventTable.MAX_ROWS + 2).as("refused within the limits").isTrue();
      return;
    }

    // Table 1's layout gives each event the rows it came from (two for a conference over two days); the exported
    // layout (first cell "ID") carries no row numbers, and each of its events is one row.
    int mappedRows = result.getEvents().stream().mapToInt(event -> Math.max(1, event.getSourceRows().size())).sum();
    assertThat(mappedRows + result.getUnmapped().size()).as("every row is an event's or an unmapped one")
        .isEqualTo(result.getRows());
  }
}
