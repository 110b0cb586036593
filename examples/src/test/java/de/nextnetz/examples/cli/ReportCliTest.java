package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.rules.report.ActivityReport;
import java.time.Year;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code next report} for years with and without records. */
class ReportCliTest {

  @Test
  @DisplayName("Tätigkeitsbericht 2024: a year with records reports its events; 2019, without any, says so instead of zeros")
  void a_year_without_records_says_so() {
    assertThat(ActivityReport.of(NextSeeds.association(), Year.of(2024)).isRecorded()).isTrue();
    assertThat(ActivityReport.of(NextSeeds.association(), Year.of(2019)).isRecorded()).isFalse();

    NextCliTest.Run unrecorded = next("report", "--year", "2019");
    NextCliTest.Run recorded = next("report", "--year", "2024");

    assertThat(unrecorded.code()).isZero();
    assertThat(unrecorded.out()).contains("Members on 31 December 2019: 33")
        .contains("No events or general assemblies of 2019 are recorded in the data")
        .doesNotContain("Events: 0").doesNotContain("Meetings per community");
    assertThat(recorded.out()).contains("Events: 56 on 57 days (a conference over two days counts once)").contains("Meetings per community")
        .doesNotContain("are recorded in the data");
  }
}
