package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import de.nextnetz.json.NextJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every command that prints a result prints, with {@code --format json}, a document valid against its schema. */
class JsonOutputTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @ParameterizedTest(name = "next {0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "check --format json|check-report|1",
      "check --format json --lang de|check-report|1",
      "deadlines --format json --from 2026-11-22|deadlines|0",
      "report --format json --year 2024|activity-report|0",
      "portfolio --format json --year 2025 --as-of 2025-08-15|portfolio-review|0",
      "portfolio --format json --lang de --year 2025 --as-of 2025-08-15|portfolio-review|0",
      "import-events TABLE|events|0",
      "assembly MUSTER --id mv-2025-x --format json|assembly-plan|1",
      "assembly MUSTER --date 2027-03-13 --format-of-assembly VIRTUAL --format json --lang de|assembly-plan|0",
      "validate --format json VALID|validation|0",
      "validate --format json BROKEN|validation|2",
      "schema --document portfolio-review|SCHEMA|0"})
  @DisplayName("--format json: the document of each command validates against its shipped schema (format assertion on)")
  void each_command_prints_a_valid_document(String command, String document, int exitCode, @TempDir Path folder)
      throws IOException {
    Path valid = folder.resolve("next.json");
    java.nio.file.Files.writeString(valid, NextJson.standard().writeAssociationAsString(de.nextnetz.domain.seeds.NextSeeds.association()));
    Path broken = folder.resolve("broken.json");
    java.nio.file.Files.writeString(broken, "{\"format\": \"nextnetz.association\", \"version\": 2}");
    String[] args = command.replace("TABLE", NextCliTest.table1(folder).toString()).replace("VALID", valid.toString())
        .replace("MUSTER", DataSet.MUSTERVEREIN)
        .replace("BROKEN", broken.toString()).split(" ");
    NextCliTest.Run run = next(args);

    assertThat(run.code()).as(run.err()).isEqualTo(exitCode);
    JsonNode printed = PLAIN.readTree(run.out());
    if (document.equals("SCHEMA")) {
      assertThat(printed.path("$id").asString()).isEqualTo("https://nextnetz.de/schema/portfolio-review-1.json");
      return;
    }
    String schema = Objects.requireNonNull(NextJson.schemas().get(document + ".schema.json"));
    var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
        .getSchema(schema);
    assertThat(validator.validate(printed)).isEmpty();
    assertThat(printed.path("format").asString()).isEqualTo("nextnetz." + document);
    if (document.equals("validation")) {
      assertThat(printed.path("valid").asBoolean()).isEqualTo(exitCode == 0);
      assertThat(printed.path("problems").size()).isEqualTo(exitCode == 0 ? 0 : 7);
      assertThat(printed.path("problems").toString()).contains(exitCode == 0 ? "[]" : "{\"pointer\":\"/seat\",\"message\":\"required property is missing\"}");
    }
    if (document.equals("assembly-plan")) {
      assertThat(printed.path("hasErrors").asBoolean()).isEqualTo(exitCode == 1);
      assertThat(printed.path("judged").asBoolean()).as("recorded with its invitation").isEqualTo(exitCode == 1);
      assertThat(printed.path("findings").size()).isEqualTo(exitCode == 1 ? 7 : 0);
      assertThat(printed.path("majorities").size()).isPositive();
    }
  }

  @ParameterizedTest(name = "next schema --document {0}")
  @CsvSource({"nonsense", "association.schema.json"})
  @DisplayName("An unknown document name is bad input (exit 2) naming the known ones")
  void an_unknown_schema_is_bad_input(String name) {
    NextCliTest.Run run = next("schema", "--document", name);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("next: --document " + name + " is none of association, portfolio, check-report,");
    assertThat(next("schema", "--document", name, "--lang", "de").err()).as("--lang sets the message's language")
        .startsWith("next: --document " + name + " ist keines von association, portfolio, check-report,");
  }

  @org.junit.jupiter.api.Test
  @DisplayName("next test: the shipped scenarios pass (exit 0); a failing one prints expected and actual findings (exit 1)")
  void next_test_runs_scenario_files(@TempDir Path folder) throws IOException {
    NextCliTest.Run passing = next("test", "scenarios");
    assertThat(passing.code()).as(passing.out()).isZero();
    assertThat(passing.out()).matches("(?s)\\d+ passed, 0 failed\n");

    java.nio.file.Files.writeString(folder.resolve("early.json"), """
        {"format": "nextnetz.scenario", "version": 1, "name": "overdue a day early", "dataSet": "next-2024",
         "asOf": "2026-11-21", "findings": [{"rule": "BOARD_ELECTION_OVERDUE", "severity": "ERROR"}]}
        """);
    NextCliTest.Run failing = next("test", folder.toString(), "--lang", "de");
    assertThat(failing.code()).isEqualTo(1);
    assertThat(failing.out()).contains("early.json › overdue a day early: 1 mismatch")
        .contains("  - missing: ERROR BOARD_ELECTION_OVERDUE")
        .contains("    WARNING BOARD_TERM_EXPIRING_SOON at /board due 2026-11-21")
        .endsWith("0 bestanden, 1 fehlgeschlagen\n");
    assertThat(next("test", folder.resolve("nope").toString()).code()).isEqualTo(2);
    assertThat(next("test", folder.resolve("early.json").toString()).err()).contains("is a file, not a folder");
  }
}
