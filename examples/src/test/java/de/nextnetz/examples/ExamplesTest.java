package de.nextnetz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every example runs, and says what the README says it says. */
class ExamplesTest {

  private static String run(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void build_an_association() {
    assertThat(run(BuildAnAssociation::run)).contains("Built NExT e. V. with 1 board seat(s), last elected 2024-11-21")
        .contains("Valid: true").contains("Problem: shortName: must not be blank");
  }

  @Test
  @DisplayName("Satzung 1.3: the check example shows the board election overdue from 2026-11-22")
  void check_as_of_a_date() {
    assertThat(run(CheckAsOfADate::run))
        .contains("check as of 2026-11-21: 0 errors, 4 warnings")
        .contains("check as of 2026-11-22: 1 errors, 3 warnings")
        .contains("ERROR BOARD_ELECTION_OVERDUE: The board was last elected on 21 November 2024");
  }

  @Test
  void own_rule() {
    assertThat(run(OwnRule::run)).contains("98 rules ran; 16 communities have no recorded lead")
        .contains("/communities/0 Für Chatbot ist keine Leitung erfasst.");
  }

  @Test
  void read_and_write_json() {
    assertThat(run(ReadAndWriteJson::run)).contains("read back equal: true")
        .contains("Problem: /board/seats/0/role: must be one of CHAIR, VICE_CHAIR, TREASURER, MEMBER, but was \"PRESIDENT\"")
        .contains("Problem: /foundingDate: must be a date (yyyy-mm-dd), but was \"2018-02-30\"");
  }

  @Test
  @DisplayName("Beschluss Nr. 0057: 500.00 EUR each for Dezernat VII and Dezernat II, executed by Dezernat III/20")
  void municipal_view() {
    assertThat(run(MunicipalView::run)).contains("under resolution Nr. 0057 (24-V-07-0001) of 2024-03-21")
        .contains("Dezernat VII: 500.00 EUR").contains("Dezernat II: 500.00 EUR")
        .contains("executed by Dezernat III/20")
        .contains("[333.34 EUR, 333.33 EUR, 333.33 EUR]");
  }

  @Test
  void print_the_association() {
    assertThat(run(out -> out.print(PrintNextAssociation.render(
            de.nextnetz.domain.seeds.NextSeeds.association(), de.nextnetz.domain.seeds.NextSeeds.wiesbadenMembership()))))
        .contains("chair            Dr. Alfred Kranstedt").contains("Events: 56, from 57 rows of Table 1");
  }
}
