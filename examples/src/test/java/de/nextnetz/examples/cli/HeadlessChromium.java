package de.nextnetz.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Assumptions;

/** Headless Chromium for the tests that look at a page as a browser renders and prints it. */
final class HeadlessChromium {

  private static final Path BINARY = Path.of("/usr/bin/chromium");

  private HeadlessChromium() {}

  /** Skips the test where Chromium is not installed, or in CI's repeat build on a newer JDK. */
  static void assumeAvailable() {
    Assumptions.assumeTrue(Files.isExecutable(BINARY), "Chromium is installed by .ci/run; not on this machine");
    Assumptions.assumeFalse("repeat".equals(System.getenv("NEXT_CI_BUILD")), "the browser does not depend on the JDK:"
        + " rendered once, in CI's first build");
  }

  /**
   * Runs headless Chromium, offline and with a profile of its own, on a page with the given output options.
   *
   * @param folder a folder for the profile
   * @param page the page
   * @param output the output options, e.g. {@code --print-to-pdf=FILE}
   */
  static void run(Path folder, Path page, String... output) throws Exception {
    List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + folder.resolve("profile")));
    command.addAll(List.of(output));
    command.add(page.toUri().toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
  }

  /**
   * Prints a page to PDF and counts its pages, each asserted to be A4 (595 × 842 pt).
   *
   * @param folder a folder for the PDF and the profile
   * @param page the page
   * @return the number of pages
   */
  static int a4Pages(Path folder, Path page) throws Exception {
    Path pdf = folder.resolve(page.getFileName() + ".pdf");
    run(folder, page, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher box = Pattern.compile("/MediaBox\\s*\\[0 0 ([0-9.]+) ([0-9.]+)]").matcher(text);
    int pages = 0;
    while (box.find()) {
      pages++;
      assertThat(Double.parseDouble(box.group(1))).isCloseTo(595.3, Offset.offset(1.0));
      assertThat(Double.parseDouble(box.group(2))).isCloseTo(841.9, Offset.offset(1.0));
    }
    return pages;
  }
}
