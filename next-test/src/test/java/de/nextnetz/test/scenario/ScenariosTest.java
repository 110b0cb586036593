package de.nextnetz.test.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nextnetz.json.problem.JsonProblem;
import de.nextnetz.json.problem.NextJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosTest {

  private static Path write(Path folder, String name, String json) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private static final String OVERDUE = """
      {"format": "nextnetz.scenario", "version": 1,
       "name": "Satzung 1.3: overdue on 22 Nov 2026",
       "dataSet": "next-2024", "asOf": "2026-11-22",
       "findings": [{"rule": "BOARD_ELECTION_OVERDUE", "severity": "ERROR", "path": "/board", "dueDate": "2026-11-21"}],
       "deadlines": [{"rule": "BOARD_ELECTION_OVERDUE", "dueBy": "2026-11-21"}]}
      """;

  @Test
  @DisplayName("The scenario schema shipped in the jar is the one generated from the format's declaration")
  void the_shipped_schema_is_generated() throws IOException {
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/de/nextnetz/test/scenario.schema.json"))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ScenarioFormat.schema());
    }
  }

  @Test
  @DisplayName("Satzung 1.3: a scenario that holds passes")
  void a_scenario_that_holds_passes(@TempDir Path folder) throws IOException {
    ScenarioResult result = Scenarios.run(write(folder, "overdue.json", OVERDUE));

    assertThat(result.passed()).as(result.explain()).isTrue();
    assertThat(result.name()).isEqualTo("Satzung 1.3: overdue on 22 Nov 2026");
    assertThat(result.explain()).isEqualTo("overdue.json › Satzung 1.3: overdue on 22 Nov 2026: passed");
  }

  @Test
  @DisplayName("A failing scenario names the missing finding and lists the actual ones, so a person can act on it")
  void a_failing_scenario_names_what_is_missing_and_lists_what_is_there(@TempDir Path folder) throws IOException {
    ScenarioResult result = Scenarios.run(write(folder, "a-day-early.json", OVERDUE.replace("2026-11-22", "2026-11-21")));

    assertThat(result.passed()).isFalse();
    assertThat(result.mismatches()).containsExactly(
        "missing: ERROR BOARD_ELECTION_OVERDUE at /board due 2026-11-21");
    assertThat(result.explain()).startsWith("a-day-early.json › Satzung 1.3: overdue on 22 Nov 2026: 1 mismatch")
        .contains("  - missing: ERROR BOARD_ELECTION_OVERDUE at /board due 2026-11-21")
        .contains("The check of 2026-11-21 found 4:")
        .contains("    WARNING BOARD_TERM_EXPIRING_SOON at /board due 2026-11-21");
  }

  @Test
  @DisplayName("EXACT: a finding nobody expected fails the scenario; AT_LEAST lets it pass")
  void exact_matching_refuses_unexpected_findings(@TempDir Path folder) throws IOException {
    String exact = OVERDUE.replace("\"asOf\": \"2026-11-22\",", "\"asOf\": \"2026-11-22\", \"match\": \"EXACT\",");
    ScenarioResult result = Scenarios.run(write(folder, "exact.json", exact));

    assertThat(result.mismatches()).contains("not expected: WARNING COMMUNITY_MEETING_FREQUENCY at /communities/5 due 2024-12-31")
        .hasSize(3);
  }

  @Test
  @DisplayName("§ 73 BGB: a document written inline and changed by a JSON Patch; outcomes with missing facts")
  void inline_documents_patches_and_outcomes(@TempDir Path folder) throws IOException {
    Path next = write(folder, "next.json", de.nextnetz.json.NextJson.standard()
        .writeAssociationAsString(de.nextnetz.domain.seeds.NextSeeds.association()));
    String byFile = """
        {"format": "nextnetz.scenario", "version": 1, "name": "the assembly of 2025 is undecided",
         "file": "next.json", "asOf": "2026-01-01",
         "patch": [{"op": "replace", "path": "/board/elections/0/date", "value": "2025-01-02"}],
         "outcomes": [{"rule": "MV_ANNUAL_MISSING", "status": "UNKNOWN", "missing": ["/events (2025)"]},
                      {"rule": "BOARD_ELECTION_OVERDUE", "status": "SATISFIED"}]}
        """;
    assertThat(Scenarios.run(write(folder, "by-file.json", byFile)).mismatches()).isEmpty();
    assertThat(next).exists();
    String wrong = byFile.replace("\"SATISFIED\"", "\"VIOLATED\"").replace("(2025)", "(2024)");
    assertThat(Scenarios.run(write(folder, "wrong.json", wrong)).mismatches()).containsExactly(
        "MV_ANNUAL_MISSING does not name /events (2024) as missing; it names [/events (2025)]",
        "BOARD_ELECTION_OVERDUE is SATISFIED, expected VIOLATED");
  }

  @Test
  @DisplayName("A scenario file is read strictly: every problem with its pointer")
  void a_bad_scenario_file_reports_every_problem(@TempDir Path folder) throws IOException {
    Path file = write(folder, "bad.json", """
        {"format": "nextnetz.scenario", "version": 1, "name": "bad", "dataSet": "next-2023", "asOf": "2026-02-30",
         "findings": [{"rule": "board overdue", "colour": "red"}],
         "patch": [{"op": "move", "path": "/board"}]}
        """);
    NextJsonException refused = catchThrowableOfType(NextJsonException.class, () -> Scenarios.read(file));

    assertThat(refused.getProblems()).extracting(JsonProblem::toString).containsExactly(
        "/asOf: must be a date (yyyy-mm-dd), but was \"2026-02-30\"",
        "/dataSet: must be one of next-2024, wiesbaden-portfolio, musterverein, but was \"next-2023\"",
        "/findings/0/colour: unknown property \"colour\" (ExpectedFinding has: rule, severity, path, dueDate, message)",
        "/findings/0/rule: must be a rule id such as BOARD_ELECTION_OVERDUE, but was \"board overdue\"",
        "/patch/0/op: must be one of add, remove, replace, but was \"move\"");
    ScenarioResult result = Scenarios.run(file);
    assertThat(result.passed()).isFalse();
    assertThat(result.explain()).contains("the scenario cannot be read: 5 problems in the JSON document");
  }

  @Test
  @DisplayName("Exactly one document source; a patch that misses its target says where")
  void document_sources_and_patch_targets(@TempDir Path folder) throws IOException {
    Path two = write(folder, "two.json", OVERDUE.replace("\"dataSet\": \"next-2024\",",
        "\"dataSet\": \"next-2024\", \"file\": \"next.json\","));
    assertThat(catchThrowableOfType(NextJsonException.class, () -> Scenarios.read(two)).getProblems())
        .extracting(JsonProblem::toString)
        .containsExactly("/: exactly one of 'dataSet', 'file' and 'document' must be given, but 2 were");
    Path patch = write(folder, "patch.json", OVERDUE.replace("\"asOf\":",
        "\"patch\": [{\"op\": \"remove\", \"path\": \"/board/seats/10\"}], \"asOf\":"));
    assertThat(Scenarios.run(patch).mismatches()).containsExactly(
        "the document cannot be read: /board/seats/10: \"10\" is no index of the array (0 to 9)");
  }

  @Test
  @DisplayName("A folder becomes one JUnit dynamic test per file, named after the file, failing with the explanation")
  void a_folder_becomes_dynamic_tests(@TempDir Path folder) throws Throwable {
    write(folder, "a-overdue.json", OVERDUE);
    Files.createDirectories(folder.resolve("sub"));
    write(folder.resolve("sub"), "b-early.json", OVERDUE.replace("2026-11-22", "2026-11-21"));
    write(folder, "notes.txt", "not a scenario");

    List<DynamicTest> tests = ScenarioTests.in(folder).toList();

    assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("a-overdue.json", "sub/b-early.json");
    tests.get(0).getExecutable().execute();
    AssertionError failure = catchThrowableOfType(AssertionError.class, () -> tests.get(1).getExecutable().execute());
    assertThat(failure).hasMessageContaining("missing: ERROR BOARD_ELECTION_OVERDUE at /board due 2026-11-21");
    assertThat(Scenarios.runAll(folder)).extracting(ScenarioResult::passed).containsExactly(true, false);
  }

  private static String fileScenario(String file) {
    return OVERDUE.replace("\"dataSet\": \"next-2024\",", "\"file\": \"" + file + "\",");
  }

  @Test
  @DisplayName("A scenario's 'file' is read only below its folder: no '..', no absolute path, no link out, no pipe or device")
  void the_document_file_stays_in_the_scenarios_folder(@TempDir Path root) throws Exception {
    Path folder = Files.createDirectories(root.resolve("scenarios"));
    Files.writeString(root.resolve("secret.json"), "{\"password\": \"hunter2\"}");
    Files.createSymbolicLink(folder.resolve("link.json"), root.resolve("secret.json"));
    Process fifo = new ProcessBuilder("mkfifo", folder.resolve("pipe.json").toString()).start();
    assertThat(fifo.waitFor()).isZero();
    Files.writeString(folder.resolve("text.json"), "root:x:0:0:root:/root:/bin/bash\n");

    for (String name : List.of("../secret.json", root.resolve("secret.json").toString(), "/etc/passwd", "/dev/zero",
        "link.json", "pipe.json", "text.json")) {
      Path scenario = write(folder, "s.json", fileScenario(name));
      List<String> mismatches = Scenarios.run(scenario).mismatches();
      assertThat(mismatches).as(name).singleElement().asString().startsWith("the document cannot be read: ")
          .doesNotContain("hunter2").doesNotContain("root:x").doesNotContain("Exception");
    }
    assertThat(Scenarios.run(write(folder, "s.json", fileScenario("../secret.json"))).mismatches()).containsExactly(
        "the document cannot be read: 'file' must name a file in the scenario's folder or below it, but was \"../secret.json\"");
    assertThat(Scenarios.run(write(folder, "s.json", fileScenario("text.json"))).mismatches()).containsExactly(
        "the document cannot be read: the document file text.json is no JSON (line 1, column 1)");

    Path sub = Files.createDirectories(folder.resolve("sub"));
    Files.writeString(sub.resolve("next.json"), de.nextnetz.json.NextJson.standard()
        .writeAssociationAsString(de.nextnetz.domain.seeds.NextSeeds.association()));
    assertThat(Scenarios.run(write(folder, "ok.json", fileScenario("sub/next.json"))).passed()).as("below the folder").isTrue();
  }

  @Test
  @DisplayName("RFC 6902: 'remove' and 'replace' at \"-\" and an index like \"01\" are errors of that scenario alone; the run goes on")
  void patches_follow_rfc_6902(@TempDir Path folder) throws IOException {
    for (String patch : List.of("{\"op\": \"remove\", \"path\": \"/members/-\"}",
        "{\"op\": \"replace\", \"path\": \"/members/-\", \"value\": {}}")) {
      write(folder, patch.contains("remove") ? "a-remove.json" : "b-replace.json",
          OVERDUE.replace("\"asOf\":", "\"patch\": [" + patch + "], \"asOf\":"));
    }
    write(folder, "c-index.json", OVERDUE.replace("\"asOf\":",
        "\"patch\": [{\"op\": \"remove\", \"path\": \"/board/seats/01\"}], \"asOf\":"));
    write(folder, "d-holds.json", OVERDUE);

    List<ScenarioResult> results = Scenarios.runAll(folder);

    assertThat(results).hasSize(4);
    assertThat(results.get(0).mismatches()).containsExactly(
        "the document cannot be read: /members/-: \"-\" names no element of the array; only 'add' may use it");
    assertThat(results.get(1).mismatches()).containsExactly(
        "the document cannot be read: /members/-: \"-\" names no element of the array; only 'add' may use it");
    assertThat(results.get(2).mismatches()).containsExactly(
        "the document cannot be read: /board/seats/01: \"01\" is no index of the array (0 to 9)");
    assertThat(results.get(3).passed()).isTrue();
  }
}
