package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The activity report 2024 as a document: its sections and figures, valid HTML, rendered by a browser. */
class ReportDocumentTest {

  private static String html(String lang) {
    NextCliTest.Run run = next("report", "--year", "2024", "--format", "html", "--lang", lang);
    assertThat(run.code()).as(run.err()).isZero();
    return run.out();
  }

  private static List<String> headings(String html) {
    Matcher matcher = Pattern.compile("<h2>([^<]*)</h2>").matcher(html);
    return matcher.results().map(result -> result.group(1)).toList();
  }

  private static int rows(String html, String tableClass) {
    String table = html.substring(html.indexOf("<table class=\"" + tableClass + "\">"));
    table = table.substring(0, table.indexOf("</table>"));
    return table.split("<tr>", -1).length - 2; // minus the text before the first row and the header row
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2024, 1.2 and Table 1: 115 = 37 institutional + 78 personal (+12), 57 rows of events")
  void the_2024_report_states_the_seeds_figures() {
    String html = html("de");

    assertThat(headings(html)).containsExactly("1 Mitglieder", "2 Veranstaltungen", "3 Communities",
        "4 Formate und Durchführungsarten", "5 Mitgliederversammlungen und Vorstandswahlen", "6 Vorstand",
        "7 Steuerbegünstigung", "Anhang: offene Befunde zum Jahresende");
    assertThat(html).contains("Am 31. Dezember 2024: 115 Mitglieder (37 institutionelle, 78 persönliche; +12 im Jahr)")
        .contains("dazu ein assoziiertes Mitglied.")
        .contains("Veranstaltungen: 56 an 57 Tagen (eine Konferenz über zwei Tage zählt einmal)")
        .contains("<td>48</td><td>21.11.2024</td><td>NExTpanel Herbstkonferenz</td>")
        .contains("<td>21.11.2024</td><td>Mitgliederversammlung</td>")
        .contains("<td>21.11.2024</td><td>Vorstandswahl</td>")
        .contains("<p>Der Vorstand am 31. Dezember 2024:</p>").contains("<tr><td>Vorsitz</td><td>Dr. Alfred Kranstedt</td></tr>")
        .contains("<tr><td>institutionell</td><td>37</td><td>0</td><td>0</td></tr>")
        .contains("<p class=\"place-date\">Berlin, 22. November 2026</p>")
        .contains("<p>Die Satzungsprüfung zum 31. Dezember 2024 ergibt keinen Fehler, keine Warnung und keinen Hinweis.")
        .doesNotContain("+0").doesNotContain("−0");
    assertThat(rows(html, "events")).isEqualTo(57);
    // Self-contained: nothing is loaded from elsewhere (the only URI is the SVG namespace).
    assertThat(html).contains("<svg").doesNotContain("src=").doesNotContain("href=").doesNotContain("<link")
        .doesNotContain("<script").doesNotContain("url(");
    assertThat(headings(html("en"))).startsWith("1 Members", "2 Events");
  }

  @Test
  @DisplayName("The HTML is valid: the Nu Html Checker finds no error and no warning, in German and English")
  void the_html_is_valid() throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    for (String lang : List.of("de", "en")) {
      String result = validator.validate(new ByteArrayInputStream(html(lang).getBytes(StandardCharsets.UTF_8)));
      JsonNode messages = JsonMapper.builder().build().readTree(result).get("messages");
      assertThat(messages).as(result).isEmpty();
    }
  }

  @Test
  @DisplayName("§ 63 AO, § 64 Abs. 3 AO: the section the tax office reads names the purposes with their catalogue number,"
      + " how they were pursued, the notice, the receipts by sphere and the statement on the economic businesses"
      + " derived from the figures")
  void the_tax_section() {
    assertThat(html("de")).contains("<h2>7 Steuerbegünstigung</h2>")
        .contains("NExT e. V. verfolgt ausschließlich und unmittelbar steuerbegünstigte Zwecke: Volks- und"
            + " Berufsbildung einschließlich der Studentenhilfe (§ 52 Abs. 2 Satz 1 Nr. 7 AO).")
        .contains("Er verwirklichte sie 2024 durch die 56 Veranstaltungen und die 17 Communities der vorigen"
            + " Abschnitte.")
        .contains("letzter Bescheid: Freistellungsbescheid vom 15. Januar 2024, ein angenommenes Datum")
        .contains("Für 2024 sind keine Einnahmen nach Bereichen erfasst.");
    NextCliTest.Run over = next("report", DataSet.MUSTERVEREIN, "--year", "2025", "--format", "markdown");
    assertThat(over.code()).as(over.err()).isZero();
    assertThat(over.out()).contains("| taxable economic businesses | €47,000.00 |")
        .contains("The gross receipts of the taxable economic businesses in 2025, €47,000.00, exceed the limit of"
            + " €45,000.00 by €2,000.00 (§ 64 Abs. 3 AO): their profit is subject to corporation and trade tax.")
        .doesNotContain("pursued them in 2025");
    NextCliTest.Run within = next("report", DataSet.MUSTERVEREIN, "--year", "2024", "--format", "markdown", "--lang",
        "de");
    assertThat(within.out()).contains("Die Bruttoeinnahmen der steuerpflichtigen wirtschaftlichen Geschäftsbetriebe"
        + " 2024, 2.500,00\u00a0€, übersteigen die Grenze von 45.000,00\u00a0€ nicht (§ 64 Abs. 3 AO)");
  }

  @Test
  @DisplayName("The Markdown has the same sections and the 57 rows of Table 1")
  void the_markdown_has_the_same_sections() {
    NextCliTest.Run run = next("report", "--year", "2024", "--format", "markdown");

    assertThat(run.out()).startsWith("# Activity report 2024 — NExT e. V.\n").contains("\n## 1 Members\n")
        .contains("\n## 6 Board\n").contains("\n## Appendix: open findings at the year's end\n")
        .contains("On 31 December 2024: 115 members (37 institutional, 78 personal; +12 in the year)");
    assertThat(run.out().lines().filter(line -> line.matches("\\| [0-9]+ \\| [0-9]+ [A-Z][a-z]+ 2024 \\|.*"))).hasSize(57);
  }

  @Test
  @DisplayName("Headless Chromium renders the report: a full page of text, tables and charts, not a blank one")
  void chromium_renders_the_report(@TempDir Path folder) throws Exception {
    HeadlessChromium.assumeAvailable();
    Path page = Files.writeString(folder.resolve("bericht-2024.html"), html("de"));
    Path png = folder.resolve("bericht-2024.png");

    HeadlessChromium.run(folder, page, "--window-size=1280,3000", "--screenshot=" + png);

    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(3000);
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 300) {
          dark++;
        }
      }
    }
    assertThat(colours).as("text, table shading and bars").hasSizeGreaterThan(20);
    assertThat(dark).as("ink on the page").isGreaterThan(5_000);
    assertThat(Files.size(png)).isGreaterThan(100_000);
  }

  @Test
  @DisplayName("The office's own template: next report --template renders the same figures in its layout; a malformed"
      + " template or one asking for a name the report lacks is refused and nothing is written")
  void an_office_template_replaces_the_default(@TempDir Path folder) throws Exception {
    Path template = Files.writeString(folder.resolve("bericht.mustache"),
        "<p>{{title}} | {{place}}, {{date}}</p>\n{{#sections}}<h2>{{number}}. {{heading}}</h2>\n{{/sections}}");
    NextCliTest.Run run = next("report", "--year", "2024", "--format", "html", "--lang", "de", "--template", template.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("""
        <p>Tätigkeitsbericht 2024 — NExT e. V. | Berlin, 22. November 2026</p>
        <h2>1. Mitglieder</h2>
        <h2>2. Veranstaltungen</h2>
        <h2>3. Communities</h2>
        <h2>4. Formate und Durchführungsarten</h2>
        <h2>5. Mitgliederversammlungen und Vorstandswahlen</h2>
        <h2>6. Vorstand</h2>
        <h2>7. Steuerbegünstigung</h2>
        """);

    NextCliTest.Run malformed = next("report", "--year", "2024", "--format", "html", "--template",
        Files.writeString(folder.resolve("kaputt.mustache"), "{{#sections}}<h2>{{heading}}</h2>").toString());
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.out()).isEmpty();
    assertThat(malformed.err()).startsWith("next: the template is no well-formed Mustache template: ");
    NextCliTest.Run unknown = next("report", "--year", "2024", "--format", "html", "--template",
        Files.writeString(folder.resolve("fremd.mustache"), "<p>{{title}}</p>{{kassenstand}}").toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).contains("fremd.mustache cannot be filled: ").contains("kassenstand")
        .endsWith("; nothing was written\n");
    NextCliTest.Run shown = next("report", "--year", "2024", "--show-template");
    assertThat(shown.out()).isEqualTo(ReportDocument.defaultTemplate()).contains("{{#sections}}");
    assertThat(next("report", "--year", "2024", "--template", template.toString()).err())
        .contains("--template and --logo go with --format html");
  }

  @Test
  @DisplayName("Foreword and outlook from text files, a logo in the page itself; a file that is no image is refused")
  void foreword_outlook_and_logo(@TempDir Path folder) throws Exception {
    Path foreword = Files.writeString(folder.resolve("vorwort.txt"), "Liebe Mitglieder,\n\n2024 war ein Jahr\ndes Wachstums.\n");
    Path outlook = Files.writeString(folder.resolve("ausblick.txt"), "\uFEFF2025 kommt NExT-to-meet-you.\n");
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
    Path logo = folder.resolve("logo.png");
    javax.imageio.ImageIO.write(image, "png", logo.toFile());

    NextCliTest.Run html = next("report", "--year", "2024", "--format", "html", "--lang", "de", "--foreword",
        foreword.toString(), "--outlook", outlook.toString(), "--logo", logo.toString());
    NextCliTest.Run markdown = next("report", "--year", "2024", "--format", "markdown", "--lang", "de", "--foreword",
        foreword.toString(), "--outlook", outlook.toString());

    assertThat(html.code()).as(html.err()).isZero();
    assertThat(html.out()).contains("<h2>Vorwort</h2>\n<p>Liebe Mitglieder,</p>\n<p>2024 war ein Jahr des Wachstums.</p>")
        .contains("<h2>Ausblick</h2>\n<p>2025 kommt NExT-to-meet-you.</p>")
        .contains("<img class=\"logo\" src=\"data:image/png;base64,iVBOR");
    assertThat(html.out().indexOf("Ausblick")).isGreaterThan(html.out().indexOf("6 Vorstand"))
        .isLessThan(html.out().indexOf("Anhang: offene Befunde"));
    assertThat(markdown.out()).contains("\n## Vorwort\n\nLiebe Mitglieder,\n\n2024 war ein Jahr des Wachstums.\n")
        .contains("\n## Ausblick\n\n2025 kommt NExT-to-meet-you.\n");
    NextCliTest.Run notAnImage = next("report", "--year", "2024", "--format", "html", "--logo", foreword.toString());
    assertThat(notAnImage.code()).isEqualTo(2);
    assertThat(notAnImage.err()).endsWith("vorwort.txt: a logo must be a PNG, JPEG or SVG file of at most 1 MiB\n");
  }

  @Test
  @DisplayName("Long chart labels break into two lines at a space instead of being cut")
  void chart_labels_wrap() {
    assertThat(Svg.wrap("Veränderungsmanagement und Digitalisierungsprozesse"))
        .containsExactly("Veränderungsmanagement und", "Digitalisierungsprozesse");
    assertThat(Svg.wrap("Chatbot")).containsExactly("Chatbot");
    assertThat(Svg.wrap("x".repeat(50))).containsExactly("x".repeat(37) + "…");
    assertThat(html("de")).contains(">Veränderungsmanagement und</text>").contains(">Digitalisierungsprozesse</text>")
        .doesNotContain("Digitalisi…");
  }

  @Test
  @DisplayName("Printed by headless Chromium, the report is A4 (595 × 842 pt), several pages, not US Letter")
  void the_printed_report_is_a4(@TempDir Path folder) throws Exception {
    HeadlessChromium.assumeAvailable();
    Path page = Files.writeString(folder.resolve("bericht-2024.html"), html("de"));
    int pages = HeadlessChromium.a4Pages(folder, page);
    assertThat(pages).isGreaterThanOrEqualTo(4);
  }
}
