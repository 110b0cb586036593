package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static de.nextnetz.examples.cli.NextCliTest.nextWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the tool reads from and writes to: {@code -} for standard input, {@code --output} that
 * keeps existing files, inputs and links, and write failures that end with exit 2.
 */
class InputOutputTest {

  private static byte[] embedded(String resource) throws IOException {
    try (InputStream in = Objects.requireNonNull(InputOutputTest.class.getResourceAsStream(resource))) {
      return in.readAllBytes();
    }
  }

  private static byte[] next2024() throws IOException {
    return embedded(de.nextnetz.examples.NextDataSet.ASSOCIATION);
  }

  @ParameterizedTest(name = "next {0} -")
  @ValueSource(strings = {"check", "deadlines", "report", "validate"})
  @DisplayName("- reads the association document from standard input, as the file would be read")
  void a_dash_reads_the_document_from_standard_input(String command) throws IOException {
    String[] extra = command.equals("report") ? new String[] {"--year", "2024"} : new String[0];
    List<String> fromPipe = new ArrayList<>(List.of(command, "-"));
    fromPipe.addAll(List.of(extra));
    List<String> embedded = new ArrayList<>(List.of(command));
    embedded.addAll(List.of(extra));

    NextCliTest.Run piped = nextWithInput(next2024(), fromPipe.toArray(String[]::new));
    NextCliTest.Run reference = next(embedded.toArray(String[]::new));

    if (command.equals("validate")) {
      assertThat(piped.code()).as(piped.err()).isZero();
      assertThat(piped.out()).startsWith("standard input: valid (NExT e. V.: 116 members");
    } else {
      assertThat(piped.code()).as(piped.err()).isEqualTo(reference.code());
      assertThat(piped.out()).isEqualTo(reference.out());
    }
  }

  @Test
  @DisplayName("- reads a portfolio and an event table from standard input too; bad input there is named 'standard input'")
  void portfolio_and_event_table_from_standard_input() throws IOException {
    NextCliTest.Run portfolio = nextWithInput(embedded(de.nextnetz.examples.NextDataSet.PORTFOLIO), "portfolio", "-");
    assertThat(portfolio.out()).isEqualTo(next("portfolio").out());

    NextCliTest.Run events = nextWithInput(embedded("/table1-2024.tsv"), "import-events", "-");
    assertThat(events.code()).isZero();
    assertThat(events.err()).startsWith("standard input: 57 rows, 56 events, 0 unmapped");

    NextCliTest.Run empty = nextWithInput(new byte[0], "import-events", "-", "--lang", "de");
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).isEqualTo("next: Standardeingabe: die Tabelle ist leer\n");
    NextCliTest.Run broken = nextWithInput("{\"format\":".getBytes(StandardCharsets.UTF_8), "check", "-");
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).contains("malformed JSON");
  }

  @Test
  @DisplayName("Standard input has the document limit too: 65 MiB on a pipe are refused by the reader, in a sentence")
  void standard_input_has_the_document_limit() {
    byte[] large = new byte[65 * 1024 * 1024];
    java.util.Arrays.fill(large, (byte) ' ');
    large[large.length - 2] = '{';
    large[large.length - 1] = '}';

    NextCliTest.Run run = nextWithInput(large, "validate", "-");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("the document exceeds a limit: Document length").doesNotContain("Exception");
  }

  @Test
  @DisplayName("A file that is not a regular file (a device, a pipe) is read, not reported missing")
  void a_device_is_read() {
    NextCliTest.Run run = next("validate", "/dev/null");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("the document is empty").doesNotContain("no such file");
  }

  @Test
  @DisplayName("--output keeps an existing file unless --force is given")
  void output_keeps_an_existing_file(@TempDir Path folder) throws IOException {
    Path table = NextCliTest.table1(folder);
    Path output = folder.resolve("events.json");
    Files.writeString(output, "the office's notes");

    NextCliTest.Run refused = next("import-events", table.toString(), "--output", output.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("next: " + output + ": exists; --force replaces it\n");
    assertThat(Files.readString(output)).isEqualTo("the office's notes");

    NextCliTest.Run forced = next("import-events", table.toString(), "--output", output.toString(), "--force");
    assertThat(forced.code()).isZero();
    assertThat(Files.readString(output)).startsWith("{").contains("\"rows\" : 57");
  }

  @Test
  @DisplayName("--force on a full disk keeps the old file whole and leaves no cut or temporary file behind")
  void force_on_a_full_disk_keeps_the_original(@TempDir Path folder) throws Exception {
    Path disk = folder.resolve("small-disk");
    Files.createDirectories(disk);
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", disk.toString())
        .redirectErrorStream(true).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0,
        "mounting a file system of 8 KiB needs root (as on CI): "
            + new String(mount.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    try {
      Path table = NextCliTest.table1(folder);
      Path output = disk.resolve("events.json");
      Files.writeString(output, "the office's notes");

      NextCliTest.Run run = next("import-events", table.toString(), "--output", output.toString(), "--force");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).startsWith("next: " + output + ": cannot be written");
      assertThat(Files.readString(output)).isEqualTo("the office's notes");
      try (java.util.stream.Stream<Path> files = Files.list(disk)) {
        assertThat(files).containsExactly(output);
      }
    } finally {
      new ProcessBuilder("umount", "--lazy", disk.toString()).redirectErrorStream(true).start().waitFor();
    }
  }

  @Test
  @DisplayName("--output never writes to an input, not even with --force or through a link")
  void output_never_overwrites_an_input(@TempDir Path folder) throws IOException {
    Path table = NextCliTest.table1(folder);
    byte[] before = Files.readAllBytes(table);
    Path link = Files.createSymbolicLink(folder.resolve("link.tsv"), table);

    for (Path output : List.of(table, link)) {
      NextCliTest.Run run = next("import-events", table.toString(), "--output", output.toString(), "--force");
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("next: " + output + ": is an input of this command; write the output to another file\n");
    }
    assertThat(Files.readAllBytes(table)).isEqualTo(before);
  }

  @Test
  @DisplayName("--output does not follow a symbolic link without --force; with it, writes where the link points")
  void output_does_not_follow_a_link_without_force(@TempDir Path folder) throws IOException {
    Path table = NextCliTest.table1(folder);
    Path target = folder.resolve("elsewhere.json");
    Files.writeString(target, "kept");
    Path link = Files.createSymbolicLink(folder.resolve("events.json"), target);
    Path dangling = Files.createSymbolicLink(folder.resolve("dangling.json"), folder.resolve("none.json"));

    for (Path output : List.of(link, dangling)) {
      NextCliTest.Run refused = next("import-events", table.toString(), "--output", output.toString());
      assertThat(refused.code()).isEqualTo(2);
      assertThat(refused.err()).isEqualTo("next: " + output + ": is a symbolic link; --force writes to where it points\n");
    }
    assertThat(Files.readString(target)).isEqualTo("kept");
    assertThat(Files.exists(folder.resolve("none.json"))).isFalse();

    assertThat(next("import-events", table.toString(), "--output", link.toString(), "--force").code()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).contains("\"rows\" : 57");
  }

  @Test
  @DisplayName("A failed write of --output (a full disk: /dev/full) ends with exit 2 and says why; a missing folder too")
  void a_failed_output_write_is_an_error(@TempDir Path folder) throws IOException {
    Path table = NextCliTest.table1(folder);
    Path full = Path.of("/dev/full");
    if (Files.exists(full)) {
      NextCliTest.Run run = next("import-events", table.toString(), "--output", full.toString(), "--force");
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("next: /dev/full: cannot be written (No space left on device)\n");
    }
    Path nowhere = folder.resolve("no-such-folder/events.json");
    NextCliTest.Run missing = next("import-events", table.toString(), "--output", nowhere.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("next: " + nowhere + ": cannot be written (its folder does not exist)\n");
  }

  /** A standard output whose device is full, as {@code /dev/full} is. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @ParameterizedTest(name = "next {0} > /dev/full")
  @ValueSource(strings = {"check", "schema", "validate", "import-events"})
  @DisplayName("When standard output fails, the run ends with exit 2 and says so, instead of exit 0")
  void a_failing_standard_output_is_an_error(String command, @TempDir Path folder) throws IOException {
    List<String> args = new ArrayList<>(List.of(command));
    if (command.equals("validate")) {
      Path document = folder.resolve("next.json");
      Files.write(document, next2024());
      args.add(document.toString());
    } else if (command.equals("import-events")) {
      args.add(NextCliTest.table1(folder).toString());
    }
    StringWriter err = new StringWriter();
    int code = Next.execute(new Next(Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), Next.BERLIN)),
        args.toArray(String[]::new), new PrintWriter(new java.io.OutputStreamWriter(new FullDisk(), StandardCharsets.UTF_8)),
        new PrintWriter(err));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).endsWith(
        "next: the output could not be written (standard output failed: a full disk or a closed pipe)\n");
  }

  @Test
  @DisplayName("A document with a million problems prints the first 100 and the count of the rest, in bounded memory")
  void a_million_problems_are_counted_not_listed(@TempDir Path folder) throws IOException {
    Path document = folder.resolve("problems.json");
    try (var out = Files.newBufferedWriter(document, StandardCharsets.UTF_8)) {
      out.write("{\"format\":\"nextnetz.association\"");
      for (int i = 0; i < 1_000_000; i++) {
        out.write(",\"p" + i + "\":0");
      }
      out.write("}");
    }

    NextCliTest.Run run = next("validate", document.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("next: the document has 1,000,008 problems:\n  /p0: unknown property \"p0\"")
        .endsWith("  and 999,908 more (the first 100 are listed)\n");
    assertThat(run.err().lines()).hasSize(102);
  }

  @Test
  @DisplayName("A reader that stops early (next report | head -1) is no failure: exit 0 and no message")
  void a_closed_pipe_is_not_a_failure() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Next.class.getName(), "report", "--year", "2024", "--format",
        "html").start();
    byte[] first = process.getInputStream().readNBytes(15);
    process.getInputStream().close(); // the reader goes away; the report is far larger than a pipe holds
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();

    assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("<!DOCTYPE html>");
    assertThat(err).isEmpty();
    assertThat(process.exitValue()).isZero();
  }
}
