package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code next receipts}: the register's receipts on the official template (BMF 7 November 2013, § 63 Abs. 5 AO). */
class ReceiptsCliTest {

  @Test
  @DisplayName("§ 50 EStDV: the Musterverein's donation receipt on the template's wording, amount in words, the"
      + " notice of 30 November 2021 and the sentence a Heimatverein must add")
  void a_receipt_on_the_template(@TempDir Path folder) throws IOException {
    Path page = folder.resolve("receipt.html");
    NextCliTest.Run run = next("receipts", DataSet.MUSTERVEREIN, "--number", "2026-001", "--output", page.toString());
    assertThat(run.code()).isZero();
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("@page { size: A4;")
        .contains("<h1>Bestätigung über Geldzuwendungen/Mitgliedsbeitrag</h1>")
        .contains("Anna Adler").contains("zweihundertfünfzig Euro").contains("10. Dezember 2025")
        .contains("des Finanzamtes Beispielstadt, StNr. 12/345/67890, vom 30. November 2021 für den"
            + " letzten Veranlagungszeitraum 2020")
        .contains("Wir sind wegen Förderung der Heimatpflege und Heimatkunde in Beispielstadt nach dem")
        .doesNotContain("Förderung Förderung").doesNotContain("Finanzamtes Finanzamt")
        .contains("Es wird bestätigt, dass es sich nicht um einen Mitgliedsbeitrag handelt")
        .contains("haftet für die entgangene Steuer (§ 10b Abs. 4 EStG, § 9 Abs. 3 KStG, § 9 Nr. 5 GewStG)")
        .contains("(§ 63 Abs. 5 AO)").contains("Beispielstadt, 20. Januar 2026");
  }

  @Test
  @DisplayName("§ 10b Abs. 1 Satz 8 EStG: the fee receipt of a Heimatverein is refused with its reason and nothing is"
      + " written; an unknown number is bad input")
  void a_refused_receipt(@TempDir Path folder) {
    Path page = folder.resolve("fee.html");
    NextCliTest.Run refused = next("receipts", DataSet.MUSTERVEREIN, "--number", "2026-002", "--output",
        page.toString(), "--lang", "de");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("Bestätigung 2026-002 wird aus einem Grund verweigert")
        .contains("[RECEIPT_FEE_NOT_DEDUCTIBLE]").contains("§ 10b Abs. 1 Satz 8 EStG");
    assertThat(page).doesNotExist();
    NextCliTest.Run unknown = next("receipts", DataSet.MUSTERVEREIN, "--number", "9999");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("the register holds no receipt number 9999");
  }

  @Test
  @DisplayName("Vector 27: a collective receipt over 450.00 with its annex of three items and the sentence that no"
      + " other receipt was issued for them")
  void a_collective_receipt(@TempDir Path folder) throws IOException {
    var json = de.nextnetz.json.NextJson.standard();
    var musterverein = de.nextnetz.domain.seeds.Musterverein.association();
    var tax = musterverein.getTax().orElseThrow();
    java.util.function.BiFunction<String, String, de.nextnetz.domain.tax.ReceiptItem> item = (day, amount) ->
        de.nextnetz.domain.tax.ReceiptItem.builder().date(java.time.LocalDate.parse(day))
            .amount(de.nextnetz.domain.base.Money.euros(amount)).kind(de.nextnetz.domain.tax.ReceiptItemKind.DONATION)
            .build();
    var collective = de.nextnetz.domain.tax.DonationReceipt.builder().number("2026-003").donor("m02")
        .issuedOn(java.time.LocalDate.of(2026, 11, 20)).form(de.nextnetz.domain.tax.ReceiptForm.COLLECTIVE)
        .addItems(item.apply("2026-02-01", "100.00"), item.apply("2026-06-01", "150.00"),
            item.apply("2026-11-02", "200.00"))
        .total(de.nextnetz.domain.base.Money.euros("450.00")).amountInWords("vierhundertfünfzig Euro").build();
    Path file = folder.resolve("verein.json");
    json.writeAssociation(de.nextnetz.domain.ImmutableAssociation.copyOf(musterverein)
        .withTax(tax.toBuilder().addReceipts(collective).build()), file);
    NextCliTest.Run run = next("receipts", file.toString(), "--number", "2026-003");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("<h1>Sammelbestätigung über Geldzuwendungen/Mitgliedsbeiträge</h1>")
        .contains("Zeitraum der Sammelbestätigung:").contains("1. Februar 2026 bis 2. November 2026")
        .contains("vierhundertfünfzig Euro").contains("keine weiteren Bestätigungen")
        .contains("<h2>Anlage zur Sammelbestätigung vom 20. November 2026</h2>")
        .contains("<td>2. November 2026</td><td>Geldzuwendung</td><td>nein</td>");
  }
}
