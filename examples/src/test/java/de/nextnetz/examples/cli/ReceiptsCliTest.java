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

  @Test
  @DisplayName("§ 50 EStDV, § 63 Abs. 5 AO: next receipts --year issues 2025's receipts on 20 Nov 2026 (Clara Conrad's"
      + " donation, numbered 2026-003, then rendered); on 20 Jan 2027 the notice has expired and 2026's are refused"
      + " (exit 1), the document written without them; --number and --year together are a usage error")
  void a_years_receipts(@TempDir Path folder) throws IOException {
    Path issued = folder.resolve("2025.json");
    NextCliTest.Run run = next("receipts", DataSet.MUSTERVEREIN, "--year", "2025", "--on", "2026-11-20", "--output",
        issued.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEqualTo("""
        One receipt issued for 2025 on 20 November 2026:
          2026-003 Clara Conrad: €50.00 (one item)
          not confirmed: 13 fees paid in 2025, €624.00 in all (the association's purposes exclude the deduction of \
        fees, § 10b Abs. 1 Satz 8 EStG)
          not confirmed again: Anna Adler, €250.00 of 10 December 2025 (a receipt of the register confirms it)
        """);
    NextCliTest.Run page = next("receipts", issued.toString(), "--number", "2026-003");
    assertThat(page.code()).as(page.err()).isZero();
    assertThat(page.out()).contains("Clara Conrad").contains("fünfzig Euro").contains("1. September 2025");
    NextCliTest.Run again = next("receipts", issued.toString(), "--year", "2025", "--on", "2026-11-21");
    assertThat(again.err()).startsWith("No receipt issued for 2025 on 21 November 2026:")
        .contains("not confirmed again: Clara Conrad, €50.00 of 1 September 2025");

    Path late = folder.resolve("2026.json");
    NextCliTest.Run refused = next("receipts", DataSet.MUSTERVEREIN, "--year", "2026", "--on", "2027-01-20",
        "--output", late.toString(), "--lang", "de");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).startsWith("Keine Bestätigung für 2026 am 20. Januar 2027 ausgestellt; 3 verweigert:")
        .contains("verweigert, Bernd Becker (250,00\u00a0€):").contains("verweigert, Frank Fuchs (120,00\u00a0€):")
        .contains("[RECEIPT_NOT_ALLOWED_NOTICE_EXPIRED]");
    assertThat(Files.readString(late)).isEqualTo(Files.readString(Path.of(DataSet.MUSTERVEREIN)));

    NextCliTest.Run both = next("receipts", DataSet.MUSTERVEREIN, "--year", "2025", "--number", "2026-001");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("give either --number N").doesNotContain("Exception");
  }

  @Test
  @DisplayName("BMF 7 Nov 2013, Bestätigung über Sachzuwendungen: Frank Fuchs's books, issued with 2026's receipts on"
      + " 20 Nov 2026 as 2026-005, printed with their description, the origin ticked (private assets) and the documents"
      + " of the valuation; the page's wording keeps every passage of the template")
  void a_receipt_for_a_gift_in_kind(@TempDir Path folder) throws IOException {
    Path issued = folder.resolve("2026.json");
    NextCliTest.Run run = next("receipts", DataSet.MUSTERVEREIN, "--year", "2026", "--on", "2026-11-20", "--output",
        issued.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("  2026-005 Frank Fuchs: €120.00 (one item)");
    NextCliTest.Run page = next("receipts", issued.toString(), "--number", "2026-005");
    assertThat(page.code()).as(page.err()).isZero();
    assertThat(page.out()).contains("<h1>Bestätigung über Sachzuwendungen</h1>")
        .contains("Wert der Zuwendung – in Ziffern –").contains("einhundertzwanzig Euro").contains("12. September 2026")
        .contains("Zwölf Bände der Beispielstädter Chronik, 1998, gut erhalten, Kaufpreis 180 EUR")
        .contains("&#9746; Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Privatvermögen.")
        .contains("&#9744; Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Betriebsvermögen.")
        .contains("&#9746; Geeignete Unterlagen, die zur Wertermittlung gedient haben")
        .doesNotContain("Verzicht auf Erstattung").doesNotContain("Mitgliedsbeitrag handelt");
    var association = de.nextnetz.json.NextJson.standard().readAssociation(issued);
    var receipt = association.getTax().orElseThrow().getReceipts().stream()
        .filter(r -> r.getNumber().equals("2026-005")).findFirst().orElseThrow();
    assertThat(templateFindings(withWording(association, receipt, text(page.out())), receipt)).isEmpty();
  }

  /** The association whose register holds only the receipt, with a wording recorded. */
  private static de.nextnetz.domain.Association withWording(de.nextnetz.domain.Association association,
      de.nextnetz.domain.tax.DonationReceipt receipt, String wording) {
    var recorded = de.nextnetz.domain.tax.ImmutableDonationReceipt.copyOf(receipt).withWording(wording);
    return de.nextnetz.domain.ImmutableAssociation.copyOf(association).withTax(association.getTax().orElseThrow()
        .toBuilder().receipts(java.util.List.of(recorded)).build());
  }

  /** What RECEIPT_TEMPLATE_TEXT_DEVIATES finds on the day the receipt was issued. */
  private static java.util.List<de.nextnetz.rules.Finding> templateFindings(de.nextnetz.domain.Association association,
      de.nextnetz.domain.tax.DonationReceipt receipt) {
    return de.nextnetz.rules.builtin.BuiltInRules.engine().check(association, receipt.getIssuedOn()).findings().stream()
        .filter(f -> f.ruleId().value().equals("RECEIPT_TEMPLATE_TEXT_DEVIATES")).toList();
  }

  /** The text a reader sees on the page: the tags gone, entities of the template decoded. */
  private static String text(String html) {
    return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ").replace("&#9746;", "☒")
        .replace("&#9744;", "☐").replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<")
        .replace("&gt;", ">");
  }

  @Test
  @DisplayName("BMF 7 Nov 2013: the receipt this tool renders, read back as a recorded wording, keeps every passage"
      + " of the template (RECEIPT_TEMPLATE_TEXT_DEVIATES silent); without the liability note it is refused")
  void the_rendered_wording_passes_the_template_check(@TempDir Path folder) throws IOException {
    NextCliTest.Run run = next("receipts", DataSet.MUSTERVEREIN, "--number", "2026-001");
    assertThat(run.code()).isZero();
    String wording = text(run.out());
    var musterverein = de.nextnetz.domain.seeds.Musterverein.association();
    var receipt = musterverein.getTax().orElseThrow().getReceipts().get(0);
    for (String[] variant : new String[][] {{wording, "0"},
        {wording.replace(de.nextnetz.rules.law.ReceiptTemplate.Passage.LIABILITY_NOTE.text(), ""), "1"}}) {
      var association = withWording(musterverein, receipt, variant[0]);
      var findings = templateFindings(association, receipt);
      assertThat(findings).hasSize(Integer.parseInt(variant[1]));
      if (!findings.isEmpty()) {
        assertThat(findings.get(0).message(java.util.Locale.ENGLISH)).isEqualTo("Receipt 2026-001 lacks a passage of"
            + " the official template in its wording (missing or reworded): the liability note.");
        Path file = folder.resolve("verein.json");
        de.nextnetz.json.NextJson.standard().writeAssociation(association, file);
        NextCliTest.Run refused = next("receipts", file.toString(), "--number", "2026-001", "--lang", "de");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("[RECEIPT_TEMPLATE_TEXT_DEVIATES] Der Bestätigung 2026-001 fehlt im"
            + " Wortlaut eine Passage des amtlichen Musters (fehlend oder umformuliert): der Haftungshinweis.");
      }
    }
  }

  @Test
  @DisplayName("BMF 7 Nov 2013, one DIN A4 page: printed by headless Chromium, a single receipt is one A4 page; a"
      + " collective one of twelve items has its front on one page and the annex after it")
  void the_printed_receipt_is_one_a4_page(@TempDir Path folder) throws Exception {
    HeadlessChromium.assumeAvailable();
    Path single = folder.resolve("single.html");
    assertThat(next("receipts", DataSet.MUSTERVEREIN, "--number", "2026-001", "--output", single.toString()).code())
        .isZero();
    assertThat(HeadlessChromium.a4Pages(folder, single)).isEqualTo(1);

    var musterverein = de.nextnetz.domain.seeds.Musterverein.association();
    var tax = musterverein.getTax().orElseThrow();
    var collective = de.nextnetz.domain.tax.DonationReceipt.builder().number("2026-004").donor("m02")
        .issuedOn(java.time.LocalDate.of(2026, 2, 1)).form(de.nextnetz.domain.tax.ReceiptForm.COLLECTIVE)
        .total(de.nextnetz.domain.base.Money.euros("1200.00")).amountInWords("eintausendzweihundert Euro");
    for (int month = 1; month <= 12; month++) {
      collective.addItems(de.nextnetz.domain.tax.ReceiptItem.builder().date(java.time.LocalDate.of(2025, month, 5))
          .amount(de.nextnetz.domain.base.Money.euros("100.00")).kind(de.nextnetz.domain.tax.ReceiptItemKind.DONATION)
          .build());
    }
    Path file = folder.resolve("verein.json");
    de.nextnetz.json.NextJson.standard().writeAssociation(de.nextnetz.domain.ImmutableAssociation.copyOf(musterverein)
        .withTax(tax.toBuilder().addReceipts(collective.build()).build()), file);
    Path page = folder.resolve("collective.html");
    NextCliTest.Run run = next("receipts", file.toString(), "--number", "2026-004", "--output", page.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(HeadlessChromium.a4Pages(folder, page)).isEqualTo(2);
  }
}
