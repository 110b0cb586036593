package de.nextnetz.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The BOM, which has no parent, keeps the project's version and lists every published module. */
class BomTest {

  private static String bom() throws IOException {
    return Files.readString(Path.of("../next-bom/pom.xml"), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("next-bom has the version of every other module")
  void the_bom_has_the_projects_version() throws IOException {
    Matcher version = Pattern.compile("<artifactId>next-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(bom());
    assertThat(version.find()).isTrue();
    assertThat(version.group(1)).isEqualTo(System.getProperty("project.version"));
  }

  @Test
  @DisplayName("next-bom lists exactly the published modules, each at the project's version")
  void the_bom_lists_the_published_modules() throws IOException {
    Matcher entry = Pattern.compile("<artifactId>(next-[a-z-]+)</artifactId>\\s*<version>\\$\\{project\\.version}</version>")
        .matcher(bom());
    List<String> listed = new ArrayList<>();
    while (entry.find()) {
      listed.add(entry.group(1));
    }
    assertThat(listed).containsExactly("next-domain", "next-rules", "next-json", "next-test", "next-spring-boot", "next-cli");
  }
}
