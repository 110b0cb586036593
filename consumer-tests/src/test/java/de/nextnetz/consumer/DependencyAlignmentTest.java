package de.nextnetz.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a user who imports only {@code next-bom} gets: one version of every Jackson 3 jar. Read from the
 * jars the build put on this run's path (module path or class path), so it sees what the user's build
 * resolved, not what the library was compiled against.
 */
class DependencyAlignmentTest {

  private static final Pattern JACKSON_JAR = Pattern.compile("[/\\\\]tools[/\\\\]jackson[/\\\\].*[/\\\\]([a-z-]+)-(\\d+\\.\\d+\\.\\d+)\\.jar$");

  @Test
  @DisplayName("A project that imports only next-bom resolves one Jackson version for core, databind and the CSV format")
  void one_jackson_version() {
    String path = System.getProperty("jdk.module.path", "") + File.pathSeparator + System.getProperty("java.class.path", "");
    Map<String, String> jackson = new TreeMap<>();
    for (String entry : path.split(Pattern.quote(File.pathSeparator))) {
      Matcher jar = JACKSON_JAR.matcher(entry);
      if (jar.find()) {
        jackson.put(jar.group(1), jar.group(2));
      }
    }
    System.out.println("Jackson jars resolved by a next-bom consumer: " + jackson);
    assertThat(jackson).containsKeys("jackson-core", "jackson-databind", "jackson-dataformat-csv");
    assertThat(jackson.values()).as("Jackson versions: %s", jackson).hasSize(jackson.size()).containsOnly(jackson.get("jackson-core"));
    assertThat(jackson.get("jackson-core")).startsWith("3.");
  }
}
