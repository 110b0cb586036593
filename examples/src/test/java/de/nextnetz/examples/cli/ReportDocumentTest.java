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
        "4 Formate und Durchführungsarten", "5 Mitgliederversammlungen und Vorstandswahlen",
        "6 Anhang: offene Befunde zum Jahresende");
    assertThat(html).contains("Am 31. Dezember 2024: 115 Mitglieder (37 institutionelle, 78 persönliche; +12 im Jahr)")
        .contains("Veranstaltungen: 56 (57 Veranstaltungstage")
        .contains("<td>48</td><td>21. November 2024</td><td>NExTpanel Herbstkonferenz</td>")
        .contains("<td>21. November 2024</td><td>Mitgliederversammlung</td>")
        .contains("<td>21. November 2024</td><td>Vorstandswahl</td>");
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
  @DisplayName("The Markdown has the same sections and the 57 rows of Table 1")
  void the_markdown_has_the_same_sections() {
    NextCliTest.Run run = next("report", "--year", "2024", "--format", "markdown");

    assertThat(run.out()).startsWith("# Activity report 2024 — NExT e. V.\n").contains("\n## 1 Members\n")
        .contains("\n## 6 Appendix: open findings at the year's end\n")
        .contains("On 31 December 2024: 115 members (37 institutional, 78 personal; +12 in the year)");
    assertThat(run.out().lines().filter(line -> line.matches("\\| [0-9]+ \\| [0-9]+ [A-Z][a-z]+ 2024 \\|.*"))).hasSize(57);
  }

  @Test
  @DisplayName("Headless Chromium renders the report: a full page of text, tables and charts, not a blank one")
  void chromium_renders_the_report(@TempDir Path folder) throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium is installed by .ci/run; not on this machine");
    Path page = Files.writeString(folder.resolve("bericht-2024.html"), html("de"));
    Path png = folder.resolve("bericht-2024.png");

    Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + folder.resolve("profile"), "--window-size=1280,3000",
        "--screenshot=" + png, page.toUri().toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

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
}
