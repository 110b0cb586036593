package de.nextnetz.test.scenario;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A folder of scenario files as JUnit 5 dynamic tests, one per file, named after the file; a failure
 * says what was expected, what was found instead, and every finding of the check.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *   return ScenarioTests.in(Path.of("src/test/scenarios"));
 * }
 * }</pre>
 */
public final class ScenarioTests {

  private ScenarioTests() {}

  /**
   * Every scenario file ({@code *.json}) below a folder as one dynamic test.
   *
   * @param folder the folder
   * @return the tests, in the order of the files' paths
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static Stream<DynamicTest> in(Path folder) {
    return Scenarios.files(folder).stream().map(file -> DynamicTest.dynamicTest(
        folder.relativize(file).toString().replace('\\', '/'), file.toUri(), () -> {
          ScenarioResult result = Scenarios.run(file);
          if (!result.passed()) {
            throw new AssertionError(result.explain());
          }
        }));
  }
}
