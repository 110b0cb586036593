package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code next import-statement}: a camt.053 statement into the Musterverein's document, once and only once. */
class ImportStatementCliTest {

  /** The Musterverein's statement of December 2026, shipped beside its document. */
  private static final Path EXAMPLE = Path.of("musterverein-statement-2026-12.xml");

  private static final String STATEMENT = readExample();

  private static String readExample() {
    try {
      return Files.readString(EXAMPLE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("§ 366 BGB: Karla Kern's transfer is imported for 2026, a guest's donation listed; the second import changes nothing")
  void import_once_and_only_once() throws IOException {
    Path dir = Files.createTempDirectory("statement");
    Path statement = dir.resolve("2026-12.xml");
    Files.writeString(statement, STATEMENT);
    Path once = dir.resolve("once.json");
    NextCliTest.Run run = next("import-statement", statement.toString(), "--into", DataSet.MUSTERVEREIN, "--output",
        once.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("2026-12.xml (camt.053.001.08): 2 bookings; one imported, none imported before,"
            + " one not a member's payment:")
        .contains("booking 2 (2 December 2026, 25.00 EUR, \"Spende Adventsfeier\"): no member found by mandate"
            + " reference, IBAN, member id or name; record it by hand");
    NextCliTest.Run dues = next("dues", once.toString(), "--as-of", "2026-12-07", "--member", "m11");
    assertThat(dues.out()).contains("Karla Kern, fee 2026: €60.00, paid €60.00, open €0.00; settled late on"
        + " 1 December 2026");

    Path twice = dir.resolve("twice.json");
    NextCliTest.Run again = next("import-statement", statement.toString(), "--into", once.toString(), "--output",
        twice.toString(), "--lang", "de");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("2 Buchungen; keine übernommen, eine schon früher übernommen");
    assertThat(Files.readString(twice)).isEqualTo(Files.readString(once));
  }

  @Test
  @DisplayName("A file that is no camt.053 statement: exit 2 with why, and nothing is written")
  void a_bad_statement_writes_nothing() throws IOException {
    Path dir = Files.createTempDirectory("statement");
    Path statement = dir.resolve("umsaetze.csv");
    Files.writeString(statement, "Buchungstag;Betrag\n01.12.2026;60,00\n");
    Path out = dir.resolve("out.json");
    NextCliTest.Run run = next("import-statement", statement.toString(), "--into", DataSet.MUSTERVEREIN, "--output",
        out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("umsaetze.csv: the statement is not well-formed XML").doesNotContain("Exception");
    assertThat(out).doesNotExist();
    Path good = dir.resolve("2026-12.xml");
    Files.writeString(good, STATEMENT);
    NextCliTest.Run noDues = next("import-statement", good.toString(), "--into",
        "src/main/resources/de/nextnetz/examples/next-2024.json", "--output", out.toString());
    assertThat(noDues.code()).isEqualTo(2);
    assertThat(noDues.err()).contains("the association records no dues: set \"dues\" with \"recordedFrom\"");
    assertThat(out).doesNotExist();
  }
}
