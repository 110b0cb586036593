package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.base.Echo;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.json.NextJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text for a terminal: names, titles, file names and arguments that carry terminal escapes, bells, line breaks,
 * line separators and bidirectional overrides reach no text output and no message raw, and start no line.
 */
class TerminalOutputTest {

  /**
   * What a hostile document puts before every name, title and subject, in JSON's escapes: a window title (OSC), a
   * bell, a colour, a C1 control sequence introducer clearing the screen, a forged line, a line separator, a
   * right-to-left override and a C1 next line.
   */
  private static final String HOSTILE_JSON =
      "\\u001B]0;pwned\\u0007\\u001B[31m\\u009B2J\\r\\nforged line\\u2028forged too\\u202Eevil\\u0085";

  /** The same as Java text, for arguments. */
  private static final String HOSTILE = "\u001B]0;pwned\u0007\u001B[31m\r\nforged line\u202Eevil";

  private static Path folder = Path.of("");
  private static Path musterverein = Path.of("");

  @BeforeAll
  static void hostileDocuments(@TempDir Path temporary) throws IOException {
    folder = temporary;
    musterverein = folder.resolve("musterverein.json");
    Files.writeString(musterverein, hostile(Files.readString(Path.of(DataSet.MUSTERVEREIN))));
    Files.writeString(folder.resolve("next.json"), hostile(NextJson.standard().writeAssociationAsString(NextSeeds.association())));
    Path scenarios = Files.createDirectories(folder.resolve("scenarios"));
    Files.writeString(scenarios.resolve("hostile.json"), """
        {
          "format": "nextnetz.scenario",
          "version": 1,
          "name": "A scenario %s",
          "dataSet": "musterverein",
          "patch": [{"op": "replace", "path": "/members/0/person/name", "value": "Anna %s"}],
          "asOf": "2026-11-22",
          "findings": [{"rule": "BOARD_ELECTION_OVERDUE", "severity": "ERROR", "path": "/board%s"}]
        }
        """.formatted(HOSTILE_JSON, HOSTILE_JSON, HOSTILE_JSON));
    Files.writeString(folder.resolve("events.tsv"),
        "Nr\tDatum\tFormat\tEvent\tOrt\n1\t12.03.2024\tPanel\u202Eevil\u2028forged line\u0085\tTitel\u202E\tvirtuell\n",
        StandardCharsets.UTF_8);
  }

  /** The document with the hostile text before every name, short name, title and subject. */
  private static String hostile(String json) {
    Matcher matcher = Pattern.compile("(\"(?:name|shortName|title|subject|reason|activity)\"\\s*:\\s*\")").matcher(json);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + HOSTILE_JSON));
    }
    return matcher.appendTail(out).toString();
  }

  /** A command line and whether its output shows some of the hostile text (escaped, or replaced as Markdown does). */
  record Case(List<String> args, boolean shows) {
    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  static List<Case> commands() {
    String m = "musterverein.json";
    String n = "next.json";
    List<Case> commands = new ArrayList<>();
    commands.add(new Case(List.of("validate", m), true));
    commands.add(new Case(List.of("check", m, "--as-of", "2026-11-22"), true));
    commands.add(new Case(List.of("check", m, "--as-of", "2026-11-22", "--lang", "de"), true));
    commands.add(new Case(List.of("check", n, "--as-of", "2026-11-22", "--public"), true));
    commands.add(new Case(List.of("assembly", m, "--date", "2027-03-20"), true));
    commands.add(new Case(List.of("assembly", n, "--date", "2027-03-20", "--lang", "de"), true));
    commands.add(new Case(List.of("deadlines", m, "--from", "2026-01-01", "--days", "400"), true));
    commands.add(new Case(List.of("report", m, "--year", "2025"), true));
    commands.add(new Case(List.of("report", n, "--year", "2024", "--lang", "de"), true));
    commands.add(new Case(List.of("report", n, "--year", "2024", "--format", "markdown"), true));
    commands.add(new Case(List.of("dues", m, "--as-of", "2026-12-07"), true));
    commands.add(new Case(List.of("dues", m, "--as-of", "2026-12-07", "--member", "m05"), true));
    commands.add(new Case(List.of("person", "m05", m, "--as-of", "2026-12-07"), true));
    commands.add(new Case(List.of("erase", "m05", m, "--output", "erased.json", "--as-of", "2036-12-07"), true));
    commands.add(new Case(List.of("receipts", m, "--number", "2026-002", "--output", "receipt.html"), false));
    commands.add(new Case(List.of("sepa", m, "--collection", "2026-01-02", "--output", "debit.xml"), false));
    commands.add(new Case(List.of("import-events", "events.tsv", "--output", "events.json"), true));
    commands.add(new Case(List.of("test", "scenarios"), true));
    commands.add(new Case(List.of("check", "no-such-" + HOSTILE + ".json"), true));
    commands.add(new Case(List.of("person", "m" + HOSTILE, m), true));
    commands.add(new Case(List.of("check", m, "--as-of", "2026" + HOSTILE), true));
    commands.add(new Case(List.of("check", m, "--" + HOSTILE), true));
    commands.add(new Case(List.of("check" + HOSTILE), true));
    return commands;
  }

  @ParameterizedTest(name = "next {0}")
  @MethodSource("commands")
  @DisplayName("No text output or message prints a control, separator or reordering character of the input raw, nor"
      + " starts a line with it")
  void nothing_reaches_the_terminal_raw(Case command) {
    String[] args = command.args().stream()
        .map(arg -> arg.endsWith(".json") || arg.endsWith(".tsv") || arg.endsWith(".html") || arg.endsWith(".xml")
            || arg.equals("scenarios") ? folder.resolve(arg).toString() : arg)
        .toArray(String[]::new);
    NextCliTest.Run run = next(args);
    assertThat(run.code()).as(run.err()).isNotEqualTo(3);
    assertSafe(run.out());
    assertSafe(run.err());
    if (command.shows()) {
      assertThat(run.out() + run.err()).as("the hostile input is shown").containsPattern("evil|forged");
    }
  }

  @Test
  @DisplayName("The check shows a hostile name escaped on its own line: every character visible, the line kept")
  void a_hostile_name_is_shown_escaped() {
    NextCliTest.Run run = next("check", musterverein.toString(), "--as-of", "2026-11-22");
    assertThat(run.out()).contains("Statute check of \\u001B]0;pwned\\u0007\\u001B[31m\\u009B2J\\u000D\\u000Aforged line"
        + "\\u2028forged too\\u202Eevil\\u0085Musterverein e. V. as of 22 November 2026");
  }

  @Test
  @DisplayName("A line ends only where the tool ends it; a tab stays, everything else a terminal acts on is escaped")
  void a_line_ends_where_the_tool_ends_it() {
    StringWriter text = new StringWriter();
    PrintWriter out = TerminalText.over(new PrintWriter(text));
    out.print("a\nb\tc\u001B");
    out.println();
    out.printf("%s%n", "d\re");
    out.write('\u202E');
    out.println("f");
    out.flush();
    assertThat(text.toString()).isEqualTo("a\\u000Ab\tc\\u001B" + System.lineSeparator()
        + "d\\u000De\\u000A" + "\\u202Ef" + System.lineSeparator());
    assertThat(TerminalText.over(out)).isSameAs(out);
  }

  @Test
  @DisplayName("JSON, iCalendar and Markdown are written as their format escapes them: the JSON reads back equal")
  void documents_keep_their_own_escaping() {
    NextCliTest.Run json = next("check", musterverein.toString(), "--as-of", "2026-11-22", "--format", "json");
    assertThat(json.code()).isEqualTo(1);
    assertThat(new tools.jackson.databind.ObjectMapper().readTree(json.out()).path("findings").toString())
        .contains("\\u001B]0;pwned\\u0007");
    assertThat(json.out()).doesNotContain("\u001B").contains("\\u001B]0;pwned\\u0007");
    NextCliTest.Run calendar = next("deadlines", musterverein.toString(), "--from", "2026-01-01", "--format", "ics");
    assertThat(calendar.out()).contains("\r\n").doesNotContain("\u001B");
  }

  private static void assertSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\t' && Echo.isUnsafe(c)) {
        throw new AssertionError("raw U+%04X at %d in:%n%s".formatted((int) c, i, text));
      }
    }
    assertThat(text.lines()).noneMatch(line -> line.startsWith("forged"));
  }
}
