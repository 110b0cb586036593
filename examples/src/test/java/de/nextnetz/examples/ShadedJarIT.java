package de.nextnetz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The self-contained jar (target/next.jar) keeps the licences and notices of everything it bundles. */
class ShadedJarIT {

  private static final Path JAR = Path.of(System.getProperty("next.jar", "target/next.jar"));

  private static String text(JarFile jar, String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertThat(entry).as(name).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  @DisplayName("Apache-2.0 § 4 (d): META-INF/NOTICE carries Jackson's and Classmate's notices; META-INF/LICENSE is next's")
  void notices_are_merged() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      String notice = text(jar, "META-INF/NOTICE");
      System.out.println("META-INF/NOTICE of next.jar:\n" + notice.lines().limit(12).reduce("", (a, b) -> a + b + "\n"));
      assertThat(notice).contains("Copyright 2026 NExT e. V. and the next developers")
          .contains("# Jackson JSON processor").contains("FastDoubleParser")
          .contains("Java ClassMate library was originally written by Tatu Saloranta")
          .contains("Jakarta XML Binding");
      assertThat(text(jar, "META-INF/LICENSE")).contains("Apache License").contains("Version 2.0, January 2004");
    }
  }

  @Test
  @DisplayName("Every bundled library is listed with its licence in META-INF/THIRD-PARTY.txt, and its own licence files are kept")
  void every_bundled_library_is_listed() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      String thirdParty = text(jar, "META-INF/THIRD-PARTY.txt");
      List<String> bundled = new ArrayList<>();
      jar.stream().filter(entry -> entry.getName().matches("META-INF/maven/[^/]+/[^/]+/pom\\.properties")).forEach(entry -> {
        Properties pom = new Properties();
        try (InputStream in = jar.getInputStream(entry)) {
          pom.load(in);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        bundled.add(pom.getProperty("groupId") + ":" + pom.getProperty("artifactId") + ":" + pom.getProperty("version"));
      });
      assertThat(bundled).hasSizeGreaterThan(20).anyMatch(id -> id.startsWith("tools.jackson.core:jackson-core:"));
      for (String library : bundled) {
        if (!library.startsWith("de.next-netz:next-cli:")) {
          assertThat(thirdParty).as("THIRD-PARTY.txt lists %s", library).contains("(" + library + " - ");
        }
      }
      assertThat(thirdParty).contains("(info.picocli:picocli:").contains("(org.jspecify:jspecify:");
      for (String kept : List.of("jackson-core/META-INF/LICENSE", "jackson-core/META-INF/NOTICE",
          "classmate/META-INF/NOTICE", "hibernate-validator/META-INF/license.txt", "threeten-extra/META-INF/LICENSE.txt",
          "jakarta.xml.bind-api/META-INF/LICENSE.md", "slf4j-api/META-INF/LICENSE.txt")) {
        assertThat(jar.getEntry("META-INF/third-party/" + kept)).as(kept).isNotNull();
      }
    }
  }
}
