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
        .contains("\n  Ida Imhof pays by direct debit but has given no mandate.")
        .contains("\n  Jan Jung's mandate MV-M-0010 lapsed after 31 March 2026").doesNotContain("/members/");
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
  @DisplayName("SEPA Core: --cut-off-days and --pre-notification-days change what is in time (two TARGET days before 31 March 2027 is 25 March: Easter closes 26 and 29 March)")
  void the_bank_cut_off_and_the_agreed_notice_decide() throws IOException {
    ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(Path.of(DataSet.MUSTERVEREIN)));
    ((ObjectNode) document.get("members").get(8)).put("paymentMethod", "TRANSFER");
    ((ObjectNode) document.get("members").get(9)).put("paymentMethod", "TRANSFER");
    Path dir = Files.createTempDirectory("sepa");
    Path file = dir.resolve("verein.json");
    Files.writeString(file, JSON.writeValueAsString(document));
    NextCliTest.Run dMinus1 = next("sepa", file.toString(), "--collection", "2027-03-31", "--submitted", "2027-03-30",
        "--notified", "2027-03-17", "--output", dir.resolve("a.xml").toString());
    assertThat(dMinus1.code()).as(dMinus1.err()).isZero();
    NextCliTest.Run dMinus2 = next("sepa", file.toString(), "--collection", "2027-03-31", "--submitted", "2027-03-30",
        "--notified", "2027-03-17", "--cut-off-days", "2", "--output", dir.resolve("b.xml").toString());
    assertThat(dMinus2.code()).isEqualTo(2);
    assertThat(dMinus2.err()).contains("For a collection on 31 March 2027 the file must reach the bank by 25 March 2027"
        + " (2 TARGET days before); it goes on 30 March 2027.");
    NextCliTest.Run late = next("sepa", file.toString(), "--collection", "2027-03-31", "--submitted", "2027-03-30",
        "--notified", "2027-03-20", "--output", dir.resolve("c.xml").toString());
    assertThat(late.code()).isEqualTo(2);
    assertThat(late.err()).contains("the pre-notifications must go out by 17 March 2027 (14 days before)");
    NextCliTest.Run agreed = next("sepa", file.toString(), "--collection", "2027-03-31", "--submitted", "2027-03-30",
        "--notified", "2027-03-20", "--pre-notification-days", "10", "--output", dir.resolve("d.xml").toString());
    assertThat(agreed.code()).as(agreed.err()).isZero();
    assertThat(dir.resolve("b.xml")).doesNotExist();
    assertThat(dir.resolve("c.xml")).doesNotExist();
  }

  @Test
  @DisplayName("SEPA Core, vector 54: a collection on 1 May 2027 is refused: no TARGET day, the next is Monday 3 May")
  void a_closing_day_is_refused() {
    NextCliTest.Run run = next("sepa", DataSet.MUSTERVEREIN, "--collection", "2027-05-01");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("The collection day 1 May 2027 is not a TARGET day; the next one is 3 May 2027.");
  }
}
