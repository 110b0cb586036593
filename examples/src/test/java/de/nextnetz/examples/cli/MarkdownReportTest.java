package de.nextnetz.examples.cli;

import de.nextnetz.rules.builtin.BuiltInRules;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.rules.report.ActivityReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The activity report as Markdown, rendered by CommonMark's reference implementation with GitHub's tables. */
class MarkdownReportTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMAGE = "<img src=x onerror=alert(1)>";

  private static String html(String markdown) {
    List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
    return HtmlRenderer.builder().extensions(tables).build()
        .render(Parser.builder().extensions(tables).build().parse(markdown));
  }

  private static int count(String html, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(html);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }

  private static String markdown(Association association) {
    return ReportDocument.of(association, ActivityReport.of(association, Year.of(2024)),
        BuiltInRules.engine().check(association, LocalDate.of(2024, 12, 31)), Lang.de).markdown();
  }

  @Test
  @DisplayName("Names and titles with line breaks, HTML, links, emphasis and table pipes stay text in the Markdown report")
  void hostile_texts_stay_text() {
    Association next = NextSeeds.association();
    List<Event> events = new ArrayList<>(next.getEvents());
    events.set(0, events.get(0).toBuilder()
        .title(IMAGE + " **fett** [Klick](javascript:alert(1)) | Spalte\n# Eingeschoben\n1. Liste").build());
    List<Community> communities = new ArrayList<>(next.getCommunities());
    communities.set(0, communities.get(0).toBuilder().name("A|B\r\n## Eingeschoben " + SCRIPT).build());
    Association hostile = next.toBuilder().shortName("NExT\n# Titel\n" + SCRIPT).events(events).communities(communities)
        .build();

    String plain = html(markdown(next));
    String forged = html(markdown(hostile));

    assertThat(forged).doesNotContain("<script").doesNotContain("<img").doesNotContain("<a href")
        .doesNotContain("<strong>").doesNotContain("<ol>");
    assertThat(count(forged, "<h1>")).isEqualTo(count(plain, "<h1>")).isEqualTo(1);
    assertThat(count(forged, "<h2>")).isEqualTo(count(plain, "<h2>"));
    assertThat(count(forged, "<tr>")).isEqualTo(count(plain, "<tr>"));
    assertThat(count(forged, "<td>")).as("no cell split by a pipe").isEqualTo(count(plain, "<td>"));
    assertThat(forged).contains("&lt;img src=x onerror=alert(1)&gt; **fett** [Klick](javascript:alert(1)) | Spalte # Eingeschoben 1. Liste")
        .contains("A|B ## Eingeschoben &lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  @DisplayName("Markdown escapes only what would change the text: dates and dashes inside a text stay as they are")
  void only_what_matters_is_escaped() {
    assertThat(ReportDocument.md("Digitale Ethik & KI, 21.11.2024 – NExT-Netzwerk")).isEqualTo("Digitale Ethik \\& KI, 21.11.2024 – NExT-Netzwerk");
    assertThat(ReportDocument.md("1. Punkt")).isEqualTo("1\\. Punkt");
    assertThat(ReportDocument.md("- Liste")).isEqualTo("\\- Liste");
    assertThat(ReportDocument.md("a\r\nb\nc\u0007")).isEqualTo("a b c\uFFFD");
  }

  /** The DOM after Chromium loaded the page and ran what it would run, with two seconds for handlers. */
  private static String chromiumDom(Path folder, String html) throws Exception {
    Path page = Files.writeString(folder.resolve("page-" + System.nanoTime() + ".html"),
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>");
    Process process = new ProcessBuilder("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + folder.resolve("profile"), "--virtual-time-budget=2000", "--dump-dom",
        page.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    return dom;
  }

  @Test
  @DisplayName("Rendered in headless Chromium, the forged report runs no handler and no script; the same payload"
      + " unescaped does, so the page would show it")
  void chromium_runs_nothing_of_the_document(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")),
        "Chromium is installed by .ci/run; not on this machine");
    org.junit.jupiter.api.Assumptions.assumeFalse("repeat".equals(System.getenv("NEXT_CI_BUILD")),
        "the browser does not depend on the JDK: rendered once, in CI's first build");
    String handler = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">";
    String script = "<script>document.body.setAttribute('data-pwned','script')</script>";
    Association next = NextSeeds.association();
    List<Event> events = new ArrayList<>(next.getEvents());
    events.set(0, events.get(0).toBuilder().title("Titel " + handler).build());
    List<Community> communities = new ArrayList<>(next.getCommunities());
    communities.set(0, communities.get(0).toBuilder().name("Gemeinschaft\n" + script).build());
    Association hostile = next.toBuilder().shortName("NExT " + handler).events(events).communities(communities)
        .build();

    String rendered = chromiumDom(folder, html(markdown(hostile)));
    String control = chromiumDom(folder, html("# Titel " + handler + "\n\n" + script + "\n"));

    assertThat(control).as("the harness sees a handler that runs").contains("<body data-pwned=");
    assertThat(rendered).doesNotContain("<body data-pwned").doesNotContain("<img").doesNotContain("<script")
        .contains("Titel &lt;img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"&gt;");
  }
}
