package de.nextnetz.domain.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The character-by-character shape checks of identifiers and texts decide as the regular expressions do that the
 * schema publishes and Bean Validation applies (the reference nobody here wrote: {@code java.util.regex}).
 */
class IdsFuzzTest {

  private static final Pattern IDENTIFIER = Pattern.compile(Ids.PATTERN);
  private static final Pattern NOT_BLANK = Pattern.compile(Ids.NOT_BLANK);

  /** Characters at the edges of both classes, and some far from them. */
  private static final String EDGES = "aZz09AM._-~ /\u0000\u001f!~\u007f\u0085\u009f\u00a0\u00a1\u00e4"
      + "\u1680\u167f\u1681\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u2060\u3000\u3001\ufeff\ufeffx\ud83d\ude00\t\n\r";

  @FuzzTest
  void the_checks_decide_as_the_regular_expressions(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    assertThat(Ids.isIdentifier(text)).as("identifier %s", text).isEqualTo(IDENTIFIER.matcher(text).matches());
    assertThat(Ids.isNotBlank(text)).as("not blank %s", text).isEqualTo(NOT_BLANK.matcher(text).matches());
  }

  @Test
  @DisplayName("every text of up to three edge characters, and identifiers of 64 and 65 characters, agree with the regular expressions")
  void edge_texts_agree() {
    int n = EDGES.length();
    int checked = 0;
    for (int a = -1; a < n; a++) {
      for (int b = -1; b < n; b++) {
        for (int c = -1; c < n; c++) {
          StringBuilder text = new StringBuilder();
          for (int i : new int[] {a, b, c}) {
            if (i >= 0) {
              text.append(EDGES.charAt(i));
            }
          }
          String s = text.toString();
          assertThat(Ids.isIdentifier(s)).as("identifier %s", s).isEqualTo(IDENTIFIER.matcher(s).matches());
          assertThat(Ids.isNotBlank(s)).as("not blank %s", s).isEqualTo(NOT_BLANK.matcher(s).matches());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(40_000);
    assertThat(Ids.isIdentifier("a".repeat(64))).isTrue();
    assertThat(Ids.isIdentifier("a".repeat(65))).isFalse();
    assertThat(Ids.isNotBlank("\u00a0\u2000x")).isTrue();
    assertThat(Ids.isNotBlank("\u00a0\u2000\ufeff")).isFalse();
  }
}
