package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile}, listed in {@code cases.tsv}): broken,
 * extreme and malicious association, portfolio and scenario documents, event tables and argument
 * vectors, each with the exit code and a fragment of what the tool must say. No case may end in an
 * internal error (exit 3) or a Java exception name.
 */
class HostileInputTest {

  static final Path CORPUS = Path.of("src/test/resources/hostile");

  static Stream<Arguments> cases() throws IOException {
    return Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t", -1))
        .map(cells -> Arguments.of(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3]));
  }

  @ParameterizedTest(name = "{0}: next {1} → {2}")
  @MethodSource("cases")
  @DisplayName("Every hostile input gets its exit code and its sentence, never a crash")
  void every_hostile_input_gets_its_answer(String file, String command, int code, String fragment) throws IOException {
    Path path = CORPUS.resolve(file).toAbsolutePath();
    String[] args = command.equals("ARGS")
        ? Files.readString(path, StandardCharsets.UTF_8).strip().split(" ")
        : Arrays.stream(command.split(" ")).map(arg -> arg.replace("FILE", path.toString())
            .replace("DIR", String.valueOf(path.getParent()))).toArray(String[]::new);

    NextCliTest.Run run = next(args);

    String said = run.out() + run.err();
    assertThat(run.code()).as(file + ":\n" + said).isEqualTo(code);
    assertThat(said).as(file).contains(fragment).doesNotContain("Exception:").doesNotContain("\tat ");
  }

  @Test
  @DisplayName("The corpus holds at least 60 cases of every kind")
  void the_corpus_is_large_enough() throws IOException {
    List<String> files = cases().map(arguments -> (String) arguments.get()[0]).toList();
    assertThat(files).hasSizeGreaterThanOrEqualTo(60);
    for (String kind : List.of("association/", "portfolio/", "scenario/", "tsv/", "args/")) {
      assertThat(files).filteredOn(file -> file.startsWith(kind)).hasSizeGreaterThanOrEqualTo(5);
    }
  }

  /** Writes a generated document of the extreme kind to a file. */
  private static Path generated(Path folder, String name, String head, String repeated, long times, String tail)
      throws IOException {
    Path file = folder.resolve(name);
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(head);
      for (long i = 0; i < times; i++) {
        out.write(repeated);
      }
      out.write(tail);
    }
    return file;
  }

  @Test
  @DisplayName("Generated extremes: 10^5-deep nesting, a 60 MB string, a 200 MB document and 200,000 members are refused at a limit")
  void generated_extremes_stop_at_a_limit(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    Path deep = generated(folder, "deep.json", "{\"deep\":", "[", 100_000, "]".repeat(100_000) + "}");
    Path string = generated(folder, "string.json", "{\"purpose\":\"", "x".repeat(1_000), 60_000, "\"}");
    Path huge = generated(folder, "huge.json", "{\"format\":\"nextnetz.association\",\"padding\":[0", ",0", 100_000_000L, "]}");

    Path members = generated(folder, "members.json", "{\"format\":\"nextnetz.association\",\"members\":[",
        "{\"id\":\"m\",\"kind\":\"PERSONAL\",\"person\":{\"id\":\"p\",\"name\":\"P\"},\"start\":\"2020-01-01\"},", 200_000, "{}]}");
    java.util.Map<Path, String> expected = java.util.Map.of(deep, "the document exceeds a limit",
        string, "String value length", huge, "huge.json: too large; a document may have at most 64 MiB",
        members, "/members/100000: has more than 100000 items, more than the format reads");
    expected.forEach((file, fragment) -> {
      NextCliTest.Run run = next("validate", file.toString());
      assertThat(run.code()).as(file.getFileName().toString()).isEqualTo(2);
      assertThat(run.err()).as(file.getFileName().toString()).contains(fragment).doesNotContain("Exception:");
    });
  }

  @Test
  @DisplayName("Event tables of 10^6 rows or with a 10 MB line, and a document over the size limit, are refused in a sentence")
  void oversized_tables_and_documents_are_refused(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
    Path rows = generated(folder, "rows.tsv", "Nr.\tDatum\tFormat\tEvent\tOrt\n",
        "1\t17.01.2024\tNExTcommunity\tChatbot\tvirtuell\n", 1_000_000, "");
    Path line = generated(folder, "line.tsv", "Nr.\tDatum\tFormat\tEvent\tOrt\n1\t17.01.2024\tNExTcommunity\t",
        "x".repeat(1_000), 10_000, "\tvirtuell\n");
    Path large = folder.resolve("large.json");
    try (var file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
      file.setLength(de.nextnetz.json.NextJson.DEFAULT_MAX_DOCUMENT_LENGTH + 1);
    }

    NextCliTest.Run tooManyRows = next("import-events", rows.toString());
    assertThat(tooManyRows.code()).isEqualTo(2);
    assertThat(tooManyRows.err()).isEqualTo("next: " + rows + ": more than 100,000 rows; import the table in parts\n");
    NextCliTest.Run tooLong = next("import-events", line.toString());
    assertThat(tooLong.code()).isEqualTo(2);
    assertThat(tooLong.err()).isEqualTo("next: " + line + ", line 2: longer than 10,000 characters; an event table has short lines\n");
    NextCliTest.Run tooLarge = next("check", large.toString());
    assertThat(tooLarge.code()).isEqualTo(2);
    assertThat(tooLarge.err()).isEqualTo("next: " + large + ": too large; a document may have at most 64 MiB\n");
  }
}
