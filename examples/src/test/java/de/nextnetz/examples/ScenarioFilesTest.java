package de.nextnetz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.nextnetz.test.scenario.ScenarioFormat;
import de.nextnetz.test.scenario.ScenarioTests;
import de.nextnetz.test.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consumer's test layout: the scenario files in {@code examples/scenarios} run as JUnit tests, the
 * way an association or a municipality would run its own in CI.
 */
class ScenarioFilesTest {

  static final Path SCENARIOS = Path.of("scenarios");

  @TestFactory
  @DisplayName("Every scenario file in examples/scenarios holds")
  Stream<DynamicTest> scenarios() {
    return ScenarioTests.in(SCENARIOS);
  }

  @Test
  @DisplayName("At least 30 scenario files ship, each valid against the shipped scenario schema")
  void the_scenario_files_follow_the_schema() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(ScenarioFormat.schema());
    JsonMapper plain = JsonMapper.builder().build();

    assertThat(Scenarios.files(SCENARIOS)).hasSizeGreaterThanOrEqualTo(30).allSatisfy(file -> {
      try {
        assertThat(schema.validate(plain.readTree(Files.readString(file)))).as(file.toString()).isEmpty();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }
}
