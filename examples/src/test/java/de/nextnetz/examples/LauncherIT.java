package de.nextnetz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/next}, the launcher with a class-data-sharing archive: the first run records the archive in the cache,
 * the second uses it, and both print what {@code java -jar next.jar} prints, with nothing on standard error.
 */
class LauncherIT {

  private static final Path JAR = Path.of(System.getProperty("next.jar", "target/next.jar")).toAbsolutePath();

  /** The launcher, bin/next of the module whose target folder holds the jar. */
  private static final String LAUNCHER = JAR.resolve("../../bin/next").normalize().toString();

  /** Output, error and exit code of one run. */
  private record Run(String out, String err, int code) {}

  private static Run run(Path cache, Path folder, String... command) throws IOException, InterruptedException {
    return runOn(System.getProperty("java.home"), cache, folder, command);
  }

  private static Run runOn(String javaHome, Path cache, Path folder, String... command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(folder, "out", ".txt");
    Path err = Files.createTempFile(folder, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().put("NEXT_JAR", JAR.toString());
    builder.environment().put("JAVA_HOME", javaHome);
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
        process.exitValue());
  }

  @Test
  @DisplayName("bin/next records a class-data-sharing archive on the first run and uses it after; the output is the jar's")
  void the_launcher_prints_what_the_jar_prints(@TempDir Path folder) throws Exception {
    Path sh = Path.of("/bin/sh");
    Assumptions.assumeTrue(Files.isExecutable(sh), "a POSIX shell runs the launcher");
    Path cache = folder.resolve("cache");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Run plain = run(cache, folder, java, "-jar", JAR.toString(), "check", "--as-of", "2026-11-22");
    Run first = run(cache, folder, sh.toString(), LAUNCHER, "check", "--as-of", "2026-11-22");
    assertThat(first.code()).as(first.err()).isEqualTo(1);
    // On JDK 25 or newer the cache is made in the background: the folder holds only the archive when it is done.
    String kind = Runtime.version().feature() >= 25 ? "aot" : "jsa";
    List<Path> archives = awaitArchive(cache, kind);
    Run second = run(cache, folder, sh.toString(), LAUNCHER, "check", "--as-of", "2026-11-22");

    assertThat(plain.code()).isEqualTo(1);
    assertThat(plain.out()).contains("Result: one error, 3 warnings, no infos;");
    for (Run launched : List.of(first, second)) {
      assertThat(launched.code()).isEqualTo(plain.code());
      assertThat(launched.out()).isEqualTo(plain.out());
      assertThat(launched.err()).isEmpty();
    }
    assertThat(archives).singleElement().satisfies(archive -> {
      assertThat(archive.getFileName().toString()).matches("next-[0-9]+-[0-9]+\\." + kind);
      assertThat(Files.size(archive)).isGreaterThan(1_000_000);
    });
    Run options = run(cache, folder, "env", "NEXT_JAVA_OPTS=-Xmx77m -XshowSettings:vm", sh.toString(), LAUNCHER,
        "check", "--as-of", "2026-11-22");
    assertThat(options.out()).isEqualTo(plain.out());
    assertThat(options.err()).as("the options reach the JVM, after the launcher's own").contains("Max. Heap Size: 77.00M");
    Run missing = run(cache, folder, "env", "NEXT_JAR=" + folder.resolve("none.jar"), sh.toString(), LAUNCHER,
        "--version");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("not found; build it with ./mvnw");
  }

  @Test
  @DisplayName("on JDK 25 or newer bin/next makes an ahead-of-time cache in the background and uses it after; the output is the jar's")
  void on_jdk_25_the_launcher_makes_an_ahead_of_time_cache(@TempDir Path folder) throws Exception {
    Path sh = Path.of("/bin/sh");
    Assumptions.assumeTrue(Files.isExecutable(sh), "a POSIX shell runs the launcher");
    java.util.Optional<Path> newer = newerJdk();
    Assumptions.assumeTrue(newer.isPresent(), "a JDK 25 or newer is installed under /usr/lib/jvm");
    Path jdk = newer.orElseThrow();
    Path cache = folder.resolve("cache");
    Run plain = runOn(jdk.toString(), cache, folder, jdk.resolve("bin/java").toString(), "-jar", JAR.toString(), "check",
        "--as-of", "2026-11-22");
    Run first = runOn(jdk.toString(), cache, folder, sh.toString(), LAUNCHER, "check", "--as-of", "2026-11-22");
    List<Path> archives = awaitArchive(cache, "aot");
    assertThat(archives).as("the cache made in the background").singleElement()
        .satisfies(archive -> assertThat(archive.getFileName().toString()).matches("next-[0-9]+-[0-9]+\\.aot"));
    Run second = runOn(jdk.toString(), cache, folder, sh.toString(), LAUNCHER, "check", "--as-of", "2026-11-22");

    assertThat(plain.code()).isEqualTo(1);
    for (Run launched : List.of(first, second)) {
      assertThat(launched.code()).isEqualTo(plain.code());
      assertThat(launched.out()).isEqualTo(plain.out());
      assertThat(launched.err()).isEmpty();
    }
    assertThat(Files.size(archives.get(0))).isGreaterThan(1_000_000);
  }

  /** The files of the launcher's cache once only its archive is left (at most a minute). */
  private static List<Path> awaitArchive(Path cache, String kind) throws IOException, InterruptedException {
    List<Path> files = List.of();
    for (int i = 0; i < 240; i++) {
      try (Stream<Path> listed = Files.list(cache.resolve("next"))) {
        files = listed.toList();
      }
      if (files.size() == 1 && files.get(0).getFileName().toString().endsWith("." + kind)) {
        break;
      }
      Thread.sleep(250);
    }
    return files;
  }

  /** A JDK of feature version 25 or newer under /usr/lib/jvm, if one is installed. */
  private static java.util.Optional<Path> newerJdk() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return java.util.Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      for (Path home : homes.sorted().toList()) {
        Path release = home.resolve("release");
        if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
          java.util.regex.Matcher version = java.util.regex.Pattern.compile("JAVA_VERSION=\"([0-9]+)")
              .matcher(Files.readString(release, StandardCharsets.ISO_8859_1));
          if (version.find() && Integer.parseInt(version.group(1)) >= 25) {
            return java.util.Optional.of(home);
          }
        }
      }
    }
    return java.util.Optional.empty();
  }
}
