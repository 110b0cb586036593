package de.nextnetz.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.RuleEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The consumer's job, run once on the module path and once on the class path (see the pom). */
class ConsumerTest {

  @Test
  @DisplayName("Runs where the build put it: named modules on the module path, the unnamed module on the class path")
  void runs_on_the_path_the_build_chose() {
    boolean modulePath = System.getProperty("consumer.path", "").equals("module");
    assertThat(Consumer.class.getModule().isNamed()).isEqualTo(modulePath);
    assertThat(RuleEngine.class.getModule().isNamed()).isEqualTo(modulePath);
    if (modulePath) {
      assertThat(NextJson.class.getModule().getName()).isEqualTo("de.nextnetz.json");
      assertThat(RuleEngine.class.getModule().getName()).isEqualTo("de.nextnetz.rules");
      assertThat(NextJson.class.getModule().isExported("de.nextnetz.json.codec")).as("the codecs are internal").isFalse();
      assertThat(Association.class.getModule().isExported("de.nextnetz.domain.seeds")).as("the seeds are fixtures")
          .isFalse();
    }
  }

  @Test
  @DisplayName("Satzung 1.3: the main job gives the same answers on either path, in German and English")
  void the_main_job_works() {
    List<String> lines = Consumer.run();

    assertThat(lines).containsExactly(
        "violations: 0",
        "blank name: [name: darf nicht leer sein]",
        "finding: BOARD_ELECTION_OVERDUE",
        lines.get(3),
        lines.get(4),
        lines.get(5),
        "round trip: true",
        "plain mapper: true",
        "report json: true",
        "schemas: 12");
    assertThat(lines.get(3)).startsWith("de: Der Vorstand wurde zuletzt am 21. November 2024 gewählt");
    assertThat(lines.get(4)).startsWith("en: The board was last elected on 21 November 2024");
    assertThat(lines.get(5)).matches("deadlines 2025: [1-9][0-9]*");
  }
  @Test
  @DisplayName("A consumer's own run prints its results and nothing on standard error (no HV000001, no SLF4J notice)")
  void nothing_is_logged_on_a_consumers_stderr() throws Exception {
    boolean modulePath = System.getProperty("consumer.path", "").equals("module");
    String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = modulePath
        ? List.of(launcher, "--module-path", System.getProperty("jdk.module.path"), "-m",
            "de.nextnetz.consumer/de.nextnetz.consumer.Consumer")
        : List.of(launcher, "-cp", System.getProperty("java.class.path"), Consumer.class.getName());
    Process process = new ProcessBuilder(command).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(err).isZero();
    assertThat(out).contains("finding: BOARD_ELECTION_OVERDUE").contains("plain mapper: true");
    assertThat(err).isEmpty();
  }
}
