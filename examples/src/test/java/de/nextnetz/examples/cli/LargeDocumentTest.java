package de.nextnetz.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.json.NextJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document at the size limit (64 MiB, the worst case: every name held as UTF-16) fits the documented heap of
 * 256 MiB in every command that reads a whole document and writes a large result: the check for publication as
 * JSON, the export of the members, the HTML report (the text check and the Markdown report need less). Each runs in a JVM of its own with {@code -Xmx256m}.
 */
class LargeDocumentTest {

  private static Path document = Path.of("");

  @BeforeAll
  static void aDocumentAtTheSizeLimit(@TempDir Path folder) throws IOException {
    // .ci/run builds twice, on JDK 17 and on the newest JDK; these three JVMs of about 40 s run in the first.
    org.junit.jupiter.api.Assumptions.assumeFalse("repeat".equals(System.getenv("NEXT_CI_BUILD")),
        "measured in the first build of .ci/run");
    document = folder.resolve("large.json");
    String base;
    try (InputStream in = Objects.requireNonNull(Next.class.getResourceAsStream(de.nextnetz.examples.NextDataSet.ASSOCIATION))) {
      base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int at = base.indexOf("\"members\" : [") + "\"members\" : [".length();
    long limit = NextJson.DEFAULT_MAX_DOCUMENT_LENGTH;
    String name = "Ā" + "x".repeat(700); // one character outside Latin-1: Java holds the name as UTF-16
    try (var out = Files.newBufferedWriter(document, StandardCharsets.UTF_8)) {
      out.write(base, 0, at);
      long written = base.getBytes(StandardCharsets.UTF_8).length;
      for (int i = 0; written + 800 < limit && i < 99_000; i++) {
        String member = "{\"id\":\"X-" + i + "\",\"kind\":\"PERSONAL\",\"person\":{\"id\":\"x-" + i + "\",\"name\":\""
            + name + i + "\"},\"start\":\"2020-01-01\"},";
        out.write(member);
        written += member.length() + 1; // Ā has two bytes
      }
      out.write(base, at, base.length() - at);
    }
    assertThat(Files.size(document)).isBetween(limit - 2_000_000, limit);
  }

  /** A command line (FILE for the document) and its exit code: 1 where NExT's statute errors are found. */
  record Case(String command, int exit) {
    @Override
    public String toString() {
      return command;
    }
  }

  static List<Case> commands() {
    // The check as text needs less than as JSON, the Markdown report less than the HTML one; the check for
    // publication as JSON takes both the redaction and the JSON report.
    return List.of(new Case("check FILE --as-of 2026-01-01 --public --format json", 1),
        new Case("export members FILE", 0),
        new Case("report FILE --year 2024 --format html", 0));
  }

  @ParameterizedTest(name = "next {0}")
  @MethodSource("commands")
  @DisplayName("A document at the size limit is worked on within a heap of 256 MiB")
  void fits_the_documented_heap(Case run) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), Next.class.getName()));
    for (String arg : List.of(run.command().split(" ", -1))) {
      command.add(arg.equals("FILE") ? document.toString() : arg);
    }
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(err).isEqualTo(run.exit());
  }
}
