package de.nextnetz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The law in one room, kept: presenters render what the rules and the law room compute and never reach into a
 * rule package to judge again. Read from the sources of the modules beside this one.
 */
class ArchitectureTest {

  /** The rule packages: rules and their internals, not to be used by a presenter. */
  private static final Pattern RULE_INTERNALS =
      Pattern.compile("de\\.nextnetz\\.rules\\.(admission|assembly|board|fees|rhythm|satzung)\\.\\w+");

  /** The presenters: the command line and documents, the JSON module with its calendar and tables, the test kit. */
  private static final List<Path> PRESENTERS = List.of(Path.of("src", "main", "java"),
      Path.of("..", "next-json", "src", "main", "java"), Path.of("..", "next-test", "src", "main", "java"),
      Path.of("..", "next-spring-boot", "src", "main", "java"));

  @Test
  @DisplayName("Presenters (CLI, documents, calendars, JSON, test kit) import nothing from a rule package; they ask the"
      + " law room, the engine and the report")
  void presenters_ask_the_law_room() throws IOException {
    List<String> offending = new ArrayList<>();
    for (Path root : PRESENTERS) {
      assertThat(root).isDirectory();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
          Matcher matcher = RULE_INTERNALS.matcher(Files.readString(file));
          while (matcher.find()) {
            offending.add(root.relativize(file) + ": " + matcher.group());
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }
}
