package de.nextnetz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every enum value that text for people shows has words in both languages: for each enum of the domain and the
 * rules that the bundles give words for (and the severity, which the report's appendix shows), every constant has
 * its own entry in the English and in the German bundle, so no constant ever appears as {@code NEXTPANEL_SPRING}.
 */
class EnumWordsTest {

  private static Properties bundle(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Objects.requireNonNull(EnumWordsTest.class.getResourceAsStream(file), file)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  @DisplayName("Every constant of every enum shown to people has words in English and German (enum.<Type>.<CONSTANT>)")
  void every_enum_value_has_words_in_both_languages() throws IOException {
    Properties english = bundle("/de/nextnetz/rules/Messages.properties");
    Properties german = bundle("/de/nextnetz/rules/Messages_de.properties");
    Set<String> shown = new TreeSet<>(Set.of("Severity"));
    for (String key : english.stringPropertyNames()) {
      if (key.startsWith("enum.")) {
        shown.add(key.substring(5, key.indexOf('.', 5)));
      }
    }
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("de.nextnetz.domain", "de.nextnetz.rules")) {
      if (!type.isEnum() || !shown.contains(type.getSimpleName())) {
        continue;
      }
      for (Object constant : type.reflect().getEnumConstants()) {
        String key = "enum." + type.getSimpleName() + "." + ((Enum<?>) constant).name();
        checked++;
        if (!english.containsKey(key)) {
          missing.add("en " + key);
        }
        if (!german.containsKey(key)) {
          missing.add("de " + key);
        }
      }
    }
    assertThat(checked).isGreaterThan(80);
    assertThat(missing).isEmpty();
  }
}
