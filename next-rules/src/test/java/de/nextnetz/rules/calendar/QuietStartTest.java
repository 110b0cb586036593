package de.nextnetz.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.time.FederalState;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A consumer without an SLF4J provider sees nothing from the holiday library on its standard error. */
class QuietStartTest {

  /** What a consumer's program does: asks for a holiday, then prints what SLF4J's verbosity is left at. */
  public static void main(String[] args) {
    boolean holiday = PublicHolidays.of(FederalState.BE).isPublicHoliday(LocalDate.of(2025, 5, 8));
    System.out.println(holiday + " " + System.getProperty("slf4j.internal.verbosity"));
  }

  @Test
  @DisplayName("§ 193 BGB holidays load without SLF4J lines on stderr where the application has no SLF4J provider")
  void no_slf4j_notice_without_a_provider() throws Exception {
    String classPath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
            .split(File.pathSeparator))
        .filter(entry -> !entry.contains("slf4j-nop"))
        .collect(Collectors.joining(File.pathSeparator));
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, QuietStartTest.class.getName()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(classPath).contains("slf4j-api");
    assertThat(err).isEmpty();
    assertThat(out).isEqualTo("true null\n");
  }
}
