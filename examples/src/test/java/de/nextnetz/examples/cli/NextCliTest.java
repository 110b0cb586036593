package de.nextnetz.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.json.NextJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NextCliTest {

  /** What a run printed and how it ended. */
  record Run(int code, String out, String err) {}

  /** Runs the tool on a clock that says 22 Nov 2026, the first day the board's election is overdue. */
  static Run next(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Next tool = new Next(Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), Next.BERLIN));
    int code = Next.execute(tool, args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs the tool as {@link #next} does, with bytes on standard input. */
  static Run nextWithInput(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Next tool = new Next(Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), Next.BERLIN),
        new java.io.ByteArrayInputStream(stdin));
    int code = Next.execute(tool, args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs the tool as {@link #next} does, with the given environment variables (and no others). */
  static Run nextWithEnvironment(java.util.Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Next tool = new Next(Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), Next.BERLIN),
        new java.io.ByteArrayInputStream(new byte[0]), environment::get);
    int code = Next.execute(tool, args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Path table1(Path folder) throws IOException {
    Path file = folder.resolve("table1-2024.tsv");
    try (InputStream in = Objects.requireNonNull(NextCliTest.class.getResourceAsStream("/table1-2024.tsv"))) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  @DisplayName("The embedded data set is NExTSeeds written as JSON (regenerate with WriteDataSets.main)")
  void the_embedded_data_set_is_the_seeds() throws IOException {
    try (InputStream in = Objects.requireNonNull(NextCliTest.class.getResourceAsStream(de.nextnetz.examples.NextDataSet.ASSOCIATION))) {
      String embedded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(embedded).isEqualTo(NextJson.standard().writeAssociationAsString(NextSeeds.association()));
    }
    assertThat(de.nextnetz.examples.NextDataSet.association()).isEqualTo(NextSeeds.association());
  }

  @Test
  @DisplayName("Wiesbaden's example portfolio is WiesbadenPortfolio written as JSON (regenerate with WriteDataSets.main)")
  void the_embedded_portfolio_is_the_example() throws IOException {
    try (InputStream in = Objects.requireNonNull(NextCliTest.class.getResourceAsStream(de.nextnetz.examples.NextDataSet.PORTFOLIO))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(NextJson.standard().writePortfolioAsString(
              de.nextnetz.examples.WiesbadenPortfolio.portfolio(NextSeeds.wiesbadenMembership())));
    }
    assertThat(de.nextnetz.examples.NextDataSet.wiesbadenMembership()).isEqualTo(NextSeeds.wiesbadenMembership());
    assertThat(de.nextnetz.examples.WiesbadenPortfolio.portfolio())
        .isEqualTo(de.nextnetz.examples.NextDataSet.wiesbadenPortfolio());
    assertThat(de.nextnetz.domain.validation.DomainValidator.standard()
        .validate(de.nextnetz.examples.NextDataSet.wiesbadenPortfolio())).as("read without validation: valid").isEmpty();
  }

  @Test
  @DisplayName("Beschluss Nr. 0057, 2.2–2.3: in 2025 Dezernat VII and Dezernat II pay 500.00 EUR each for NExT; Dezernat III/20 executes")
  void portfolio_of_wiesbaden() {
    Run run = next("portfolio", "--year", "2025", "--as-of", "2025-08-15");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("resolution: Nr. 0057 (24-V-07-0001) of 21 March 2024, Tagesordnung II Punkt 10")
        .contains("since: 29 October 2024; annual fee €1,000.00\n    paid by Dezernat VII, Dezernat II\n"
            + "    budget executed by Dezernat III/20")
        .containsPattern("Dezernat VII +€500\\.00 +NExT e\\. V\\.\\n +Dezernat II +€500\\.00 +NExT e\\. V\\.")
        .contains("Dezernat I: €333.34").contains("illustrativ, kein realer Verein")
        .contains("  Municipality total: €1,750.00")
        .contains("WARNINGS\n  [MUNICIPAL_NOTICE_DEADLINE] Beispielverein Digitale Verwaltung e. V.")
        .contains("Due: 30 September 2025")
        .contains("FACTS MISSING (2 rules)\n  [MUNICIPAL_START_BEFORE_CONDITION] NExT e. V.: the day it was met\n");
    Run german = next("portfolio", "--lang", "de", "--year", "2025", "--as-of", "2025-08-15");
    assertThat(german.out()).contains("Haushaltsjahr 2025:").contains("gezahlt von Dezernat VII, Dezernat II")
        .contains("Haushaltsvollzug durch Dezernat III/20").contains("Summe der Stadt: 1.750,00\u00a0€")
        .contains("Fällig: 30. September 2025").doesNotContain("(s)").doesNotContain("(n)");
    assertThat(next("portfolio", "/nope.json").code()).isEqualTo(2);
    assertThat(run.out()).startsWith("Landeshauptstadt Wiesbaden: 2 memberships\n");
    assertThat(german.out()).startsWith("Landeshauptstadt Wiesbaden: 2 Mitgliedschaften\n");
  }

  @Test
  @DisplayName("Beschluss Nr. 0057: a portfolio of one membership says so in the singular, in English and German")
  void a_portfolio_of_one_membership(@TempDir Path folder) throws IOException {
    de.nextnetz.domain.municipal.MunicipalPortfolio wiesbaden = NextSeeds.wiesbadenPortfolio();
    Path one = folder.resolve("one.json");
    Files.writeString(one, NextJson.standard().writePortfolioAsString(
        de.nextnetz.domain.municipal.ImmutableMunicipalPortfolio.copyOf(wiesbaden)
            .withMemberships(wiesbaden.getMemberships().subList(0, 1))));
    assertThat(next("portfolio", one.toString(), "--year", "2025").out())
        .startsWith("Landeshauptstadt Wiesbaden: one membership\n");
    assertThat(next("portfolio", one.toString(), "--year", "2025", "--lang", "de").out())
        .startsWith("Landeshauptstadt Wiesbaden: eine Mitgliedschaft\n");
  }

  @Nested
  class Check {

    @Test
    @DisplayName("Satzung 1.3: as of 2026-11-22 the board election is overdue: exit 1, with citation and due date")
    void names_the_overdue_board_election() {
      Run run = next("check", "--as-of", "2026-11-22");

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out()).contains("Statute check of NExT e. V. as of 22 November 2026")
          .contains("ERRORS\n  [BOARD_ELECTION_OVERDUE] the board\n    The board was last elected on 21 November 2024")
          .contains("Citation: Satzung NExT e. V. (Tätigkeitsbericht 2024, Abschnitt 1.3); §§ 187 Abs. 1, 188 Abs. 2 und 3 BGB")
          .contains("Due: 21 November 2026")
          .contains("ASSUMPTIONS").contains("  continuation clause (the board stays in office until a new one is elected): none – ");
      assertThat(run.err()).isEmpty();
    }

    @Test
    void on_the_deadline_day_there_is_no_error() {
      Run run = next("check", "--as-of", "2026-11-21");
      assertThat(run.code()).isZero();
      assertThat(run.out()).contains("Result: no errors, 4 warnings, no infos; 97 rules: 48 satisfied, 2 violated,"
          + " 35 not applicable, 12 not decided; facts missing for 13 rules").contains("[BOARD_TERM_EXPIRING_SOON]");
    }

    @Test
    void defaults_to_today_by_the_clock() {
      assertThat(next("check").out()).contains("as of 22 November 2026");
    }

    @Test
    void speaks_german_and_writes_json() {
      assertThat(next("check", "--as-of", "2026-11-22", "--lang", "de").out())
          .contains("Satzungsprüfung von NExT e. V. zum 22. November 2026").contains("FEHLER").contains("Fällig: 21. November 2026");
      Run json = next("check", "--as-of", "2026-11-22", "--format", "json");
      assertThat(json.code()).isEqualTo(1);
      assertThat(json.out()).startsWith("{\n  \"format\" : \"nextnetz.check-report\"")
          .contains("\"rule\" : \"BOARD_ELECTION_OVERDUE\"");
    }

    @Test
    void checks_a_file(@TempDir Path folder) {
      Path file = folder.resolve("next.json");
      NextJson.standard().writeAssociation(NextSeeds.association(), file);
      assertThat(next("check", file.toString(), "--as-of", "2026-11-22").code()).isEqualTo(1);
    }
  }

  @Nested
  class BadInput {

    @Test
    void a_missing_file_is_exit_2_without_stack_trace() {
      Run run = next("check", "/no/such/file.json");
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("next: /no/such/file.json: no such file\n");
    }

    @Test
    void a_broken_document_lists_its_problems_with_pointers(@TempDir Path folder) throws IOException {
      Path file = folder.resolve("broken.json");
      Files.writeString(file, NextJson.standard().writeAssociationAsString(NextSeeds.association())
          .replace("\"role\" : \"TREASURER\"", "\"role\" : \"KASSENWART\"").replace("\"seat\" : \"Berlin\",", ""));
      for (String command : new String[] {"check", "validate", "deadlines"}) {
        Run run = next(command, file.toString());
        assertThat(run.code()).as(command).isEqualTo(2);
        assertThat(run.err()).as(command).isEqualTo("""
            next: the document has 2 problems:
              /board/seats/2/role: must be one of CHAIR, VICE_CHAIR, TREASURER, MEMBER, but was "KASSENWART"
              /seat: required property is missing
            """);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
      }
    }

    @Test
    @DisplayName("--lang de gives every problem of a document in German, the reader's and Bean Validation's")
    void validation_messages_in_german(@TempDir Path folder) throws IOException {
      Path file = folder.resolve("blank.json");
      Files.writeString(file, NextJson.standard().writeAssociationAsString(NextSeeds.association())
          .replace("\"seat\" : \"Berlin\"", "\"seat\" : \" \""));
      Run run = next("validate", file.toString(), "--lang", "de");
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("next: das Dokument hat ein Problem:\n  /seat: darf nicht leer sein\n");
      Path broken = folder.resolve("broken.json");
      Files.writeString(broken, NextJson.standard().writeAssociationAsString(NextSeeds.association())
          .replace("\"role\" : \"TREASURER\"", "\"role\" : \"KASSENWART\""));
      assertThat(next("check", broken.toString(), "--lang", "de").err()).isEqualTo("""
          next: das Dokument hat ein Problem:
            /board/seats/2/role: muss einer der Werte CHAIR, VICE_CHAIR, TREASURER, MEMBER sein, war aber „KASSENWART“
          """);
    }

    @Test
    @DisplayName("A directory, an empty event table and --version on a command each get their own answer")
    void directory_empty_table_and_version(@TempDir Path folder) throws IOException {
      Run directory = next("check", folder.toString());
      assertThat(directory.code()).isEqualTo(2);
      assertThat(directory.err()).isEqualTo("next: " + folder + ": is a directory, not a file\n");
      Path empty = Files.writeString(folder.resolve("empty.tsv"), "\n");
      Run table = next("import-events", empty.toString());
      assertThat(table.code()).isEqualTo(2);
      assertThat(table.err()).isEqualTo("next: " + empty + ": the table is empty\n");
      assertThat(next("import-events", empty.toString(), "--lang", "de").err())
          .isEqualTo("next: " + empty + ": die Tabelle ist leer\n");
      for (String command : List.of("check", "deadlines", "report", "validate", "import-events", "portfolio", "schema")) {
        Run version = next(command, "--version");
        assertThat(version.code()).as(command).isZero();
        assertThat(version.out()).as(command).startsWith("next ");
      }
    }

    @Test
    void malformed_json_names_line_and_column(@TempDir Path folder) throws IOException {
      Path file = folder.resolve("malformed.json");
      Files.writeString(file, "{\n  \"format\": \"nextnetz.association\",\n  \"version\": 1,,\n}");
      Run run = next("validate", file.toString());
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("malformed JSON at line 3, column 16");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("Usage errors are short and in the language asked for: what is wrong, a suggestion"
        + " for a mistyped command, where the options are explained; never picocli's English or the whole help")
    void usage_errors_in_german() {
      assertThat(next("check", "--lang", "de", "--bogus").err())
          .isEqualTo("next: unbekannte Option „--bogus“\nnext check --help erklärt die Optionen.\n");
      assertThat(next("report", "--lang=de").err())
          .isEqualTo("next: die Option --year fehlt\nnext report --help erklärt die Optionen.\n");
      assertThat(next("chek", "--lang", "de").err()).isEqualTo("""
          next: unbekannter Befehl oder unbekanntes Argument „chek“
          Meinten Sie: check, schema, help?
          next --help erklärt die Optionen.
          """);
      assertThat(next("check", "--as-of", "morgen", "--lang", "de").err())
          .startsWith("next: --as-of: „morgen“ ist kein Datum der Form 2026-11-22\n");
      assertThat(next("check", "--as-of", "1800-01-01", "--lang", "de").err())
          .startsWith("next: --as-of: „1800-01-01“ liegt außerhalb der Jahre, die das Werkzeug prüft, 1900 bis 2999\n");
      assertThat(next("check", "--format", "pdf", "--lang", "de").err())
          .startsWith("next: --format: „pdf“ ist keiner der Werte text, json\n");
      assertThat(next("export", "events", "--year", "zwei", "--lang", "de").err())
          .startsWith("next: --year: „zwei“ ist keine ganze Zahl\n");
      assertThat(next("check", "--lang", "de", "--as-of", "2024-01-01", "--as-of", "2024-01-02").err())
          .startsWith("next: die Option --as-of ist zweimal angegeben\n");
      assertThat(next("export", "mitglieder", "--lang", "de").err())
          .startsWith("next: TABLE: „mitglieder“ ist keiner der Werte members, events, deadlines, budget-lines, reminders\n");
    }

    @Test
    void a_bad_date_or_option_is_a_usage_error() {
      Run run = next("check", "--as-of", "2026-02-30");
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("""
          next: --as-of: "2026-02-30" is not a day of the form 2026-11-22
          next check --help explains the options.
          """);
      assertThat(next("report").err()).isEqualTo("next: the option --year is missing\nnext report --help explains the options.\n");
      assertThat(next("report", "--year", "0").err()).isEqualTo("next: --year must be from 1 to 9999, but was 0\n");
      assertThat(next("frobnicate").code()).isEqualTo(2);
      assertThat(next().code()).isEqualTo(2);
      assertThat(next("check", "--as-of", "2017-01-01").err())
          .isEqualTo("next: no statute version is in force on 2017-01-01; the earliest is valid from 2018-07-12\n");
    }
  }

  @Test
  @DisplayName("--lang de: German dates in prose, real plural forms, no English sentence in check, deadlines and portfolio")
  void german_output_has_no_english_sentence() {
    String check = next("check", "--as-of", "2026-11-22", "--lang", "de").out();
    String deadlines = next("deadlines", "--from", "2026-11-21", "--lang", "de").out();
    String portfolio = next("portfolio", "--as-of", "2025-06-01", "--year", "2025", "--lang", "de").out();
    assertThat(check).contains("zum 22. November 2026").contains("ein Fehler, 3 Warnungen, keine Hinweise")
        .contains("traf sich 2024 kein einziges Mal");
    assertThat(deadlines).contains("31. Dezember 2026").contains("2 weitere Treffen sind nötig");
    assertThat(portfolio).contains("noch 121 Tage; Frist 3 Monate").contains("Haushaltsvollzug durch Dezernat III/20");
    for (String german : List.of(check, deadlines, portfolio)) {
      assertThat(german).doesNotContain("(s)").doesNotContain("(n)").doesNotContain("(e)").doesNotContain("(er)")
          .doesNotContain(" the ").doesNotContain(" is ").doesNotContain(" was ").doesNotContain(" has ")
          .doesNotContain(" of ").doesNotContain("-11-").doesNotContain("-12-");
    }
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2024: the report of 2024 shows 115 members (37/78), 56 events on 57 days, 2 NExTpanel conferences")
  void report_of_2024() {
    Run run = next("report", "--year", "2024");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Members on 31 December 2024: 115 (37 institutional, 78 personal) + 1 associated")
        .contains("Joined in 2024: 12 personal, 0 institutional, 1 associated; left: 0 personal")
        .contains("Events: 56 on 57 days (a conference over two days counts once)")
        .contains("NExTpanel conferences: 2 (spring 1, autumn 1)")
        .contains("General assemblies: 21 November 2024")
        .containsPattern("women@NExT +5");
    assertThat(next("report", "--year", "2024", "--format", "json").out()).contains("\"eventDays\" : 57");
  }

  @Test
  void deadlines_from_a_day() {
    Run run = next("deadlines", "--from", "2026-11-01", "--days", "30");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Deadlines of NExT e. V. from 1 November 2026 to 1 December 2026")
        .contains("21 November 2026  [BOARD_ELECTION_OVERDUE] Re-elect the board (last elected on 21 November 2024)"
            + " by 21 November 2026.");
    assertThat(next("deadlines", "--from", "2026-11-01", "--days", "30", "--lang", "de").out())
        .contains("Fristen von NExT e. V. vom 1. November 2026 bis 1. Dezember 2026")
        .contains("21. November 2026  [BOARD_ELECTION_OVERDUE] Den Vorstand (zuletzt gewählt am 21. November 2024)"
            + " bis 21. November 2026 neu wählen.")
        .doesNotContain("(s)").doesNotContain("(n)").doesNotContain("Hold the");
    assertThat(next("deadlines", "--days", "-1").code()).isEqualTo(2);
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2024, Tabelle 1: import-events yields 57 rows and 56 events, nothing unmapped")
  void import_events_of_table_1(@TempDir Path folder) throws IOException {
    Path output = folder.resolve("events.json");
    Run run = next("import-events", table1(folder).toString(), "--output", output.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).endsWith("57 rows, 56 events, 0 unmapped (rows of one event over consecutive days are one event)\n");
    String json = Files.readString(output);
    assertThat(json).contains("\"rows\" : 57").contains("\"sourceRows\" : [ 48, 49 ]").contains("\"unmapped\" : [ ]");
  }

  @Test
  void import_events_keeps_and_reports_unmappable_rows(@TempDir Path folder) throws IOException {
    Path table = folder.resolve("events.tsv");
    Files.writeString(table, """
        Nr.\tDatum\tFormat\tEvent\tOrt
        1\t17.01.2024\tNExTcommunity\tChatbot\tvirtuell
        2\t18.01.2024\tNExTcommunity\tBlockchain\tvirtuell
        """);
    Run run = next("import-events", table.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(table + ", line 3:\n    Event \"Blockchain\": NExT has no community of this name\n");
    assertThat(run.out()).contains("\"line\" : 3").contains("\"text\" : \"2\\t18.01.2024\\tNExTcommunity\\tBlockchain\\tvirtuell\"");
    assertThat(next("import-events", folder.resolve("none.tsv").toString()).err()).endsWith("none.tsv: no such file\n");
  }

  @Test
  void validate_schema_help_and_version(@TempDir Path folder) {
    Path file = folder.resolve("next.json");
    NextJson.standard().writeAssociation(NextSeeds.association(), file);
    assertThat(next("validate", file.toString()).out()).endsWith("valid (NExT e. V.: 116 members, 108 applications, 56 events, 17 communities)\n");
    assertThat(next("schema").out()).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(next("schema", "--check-report").out()).contains("nextnetz.check-report");
    assertThat(next("--help").out()).contains("check").contains("deadlines").contains("import-events")
        .contains("2   bad input or usage");
    assertThat(next("check", "--help").out()).contains("--as-of=DATE");
    assertThat(next("--version").out()).startsWith("next 0.1.0");
  }
}
