package de.nextnetz.json.codec;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.json.problem.NextJsonException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The reader parses a date without its regular expression (issue 31); the schema publishes the expression. Both
 * must accept the same texts: every day of the leap-year cycle's edge years, every impossible day around them, and
 * texts of the wrong shape.
 */
class DateCodecTest {

  private static final Pattern SCHEMA = Pattern.compile(Scalars.DATE_PATTERN);
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static boolean read(String text) {
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), "\"" + text + "\"")) {
      Documents.read(parser, Scalars.DATE, null);
      return true;
    } catch (NextJsonException e) {
      return false;
    }
  }

  @Test
  @DisplayName("the date parser accepts exactly the texts the schema's pattern accepts")
  void the_parser_and_the_pattern_agree() {
    List<String> texts = new ArrayList<>();
    for (String year : List.of("0000", "0004", "0100", "0400", "1900", "2000", "2023", "2024", "2100", "9999")) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          texts.add(String.format("%s-%02d-%02d", year, month, day));
        }
      }
    }
    texts.addAll(List.of("", "2024-1-01", "2024-01-1", "24-01-01", "2024/01/01", "2024-01-01T00:00", " 2024-01-01",
        "2024-01-01 ", "+2024-01-01", "2024-0a-01", "２０２４-01-01", "2024-01-3１", "20240-01-01", "2024--01-01"));
    int accepted = 0;
    for (String text : texts) {
      boolean schema = SCHEMA.matcher(text).find();
      assertThat(read(text)).as(text).isEqualTo(schema);
      accepted += schema ? 1 : 0;
    }
    assertThat(accepted).isEqualTo(10 * 365 + 5);
  }
}
