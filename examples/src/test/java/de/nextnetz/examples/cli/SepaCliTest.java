package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code next sepa}: the direct-debit file is written whole or not at all, with every problem named. */
class SepaCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  @DisplayName("SEPA Core: the Musterverein as recorded has two problems; both are named, exit 2, nothing written")
  void problems_refuse_the_file() throws IOException {
    Path out = Files.createTempDirectory("sepa").resolve("2027-03.xml");
    NextCliTest.Run run = next("sepa", DataSet.MUSTERVEREIN, "--collection", "2027-03-31", "--output", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("The direct-debit file is not written: 2 problems:")
        .contains("/members/8: Ida Imhof pays by direct debit but has given no mandate.")
        .contains("/members/9/mandate: Jan Jung's mandate MV-M-0010 lapsed after 31 March 2026");
    assertThat(out).doesNotExist();
  }

  @Test
  @DisplayName("SEPA Core: once Ida Imhof and Jan Jung pay by transfer, six debits are written and the pre-notifications listed")
  void the_file_and_the_pre_notifications() throws IOException {
    ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(Path.of(DataSet.MUSTERVEREIN)));
    ((ObjectNode) document.get("members").get(8)).put("paymentMethod", "TRANSFER");
    ((ObjectNode) document.get("members").get(9)).put("paymentMethod", "TRANSFER");
    Path dir = Files.createTempDirectory("sepa");
    Path file = dir.resolve("verein.json");
    Files.writeString(file, JSON.writeValueAsString(document));
    Path out = dir.resolve("2027-03.xml");
    NextCliTest.Run run = next("sepa", file.toString(), "--collection", "2027-03-31", "--output", out.toString(),
        "--lang", "de");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\""
        + "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08\">").contains("<NbOfTxs>6</NbOfTxs>");
    assertThat(run.err()).contains("6 Lastschriften über insgesamt 360,00\u00a0€, fällig am 31. März 2027; die Datei"
            + " muss bis 30. März 2027 bei der Bank sein.")
        .contains("Vorabankündigungen, zu versenden bis 17. März 2027:")
        .contains("Anna Adler: 60,00\u00a0€ werden am 31. März 2027 mit Mandat MV-M-0001 eingezogen (Gläubiger-ID"
            + " DE98ZZZ09999999999, RCUR)");
  }

  @Test
  @DisplayName("SEPA Core, vector 54: a collection on 1 May 2027 is refused: no TARGET day, the next is Monday 3 May")
  void a_closing_day_is_refused() {
    NextCliTest.Run run = next("sepa", DataSet.MUSTERVEREIN, "--collection", "2027-05-01");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("The collection day 1 May 2027 is not a TARGET day; the next one is 3 May 2027.");
  }
}
