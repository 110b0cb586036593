package de.nextnetz.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The word replacer of the redaction answers as the regular expression it replaced. */
class WordReplacerTest {

  /** The former implementation: one alternation, longest first, between word boundaries. */
  private static String byRegex(String text, Map<String, String> replacements, boolean ignoreCase) {
    List<String> sorted = new ArrayList<>(replacements.keySet());
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      regex.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
    }
    Pattern pattern = Pattern.compile(regex.append(")(?![\\p{L}\\p{N}])").toString(),
        ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String found = ignoreCase ? matcher.group().toLowerCase(Locale.ROOT) : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacements.get(found)));
    }
    return matcher.appendTail(out).toString();
  }

  @Test
  @DisplayName("On 20,000 random texts of names, parts of names, umlauts, digits and punctuation, the replacer gives"
      + " what the regular expression gives, with and without case")
  void agrees_with_the_regular_expression() {
    String[] words = {"Anna", "Adler", "anna adler", "Ö", "Öz", "Özdemir", "Jürgen", "x-1", "x-12", "m01", "N. N.",
        "Maria-Luise", "Luise", "Dr. Eva Engel", "Eva", "Engel", "ß", "2024"};
    String[] glue = {" ", ", ", "-", "", ".", "(", ")", "\n", "1", "a", "É", "\u00a0", "/"};
    Random random = new Random(28);
    for (int round = 0; round < 20_000; round++) {
      boolean ignoreCase = random.nextBoolean();
      Map<String, String> replacements = new LinkedHashMap<>();
      for (int k = 1 + random.nextInt(5); k > 0; k--) {
        String word = words[random.nextInt(words.length)];
        replacements.putIfAbsent(ignoreCase ? word.toLowerCase(Locale.ROOT) : word, "P" + random.nextInt(100));
      }
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(8); n >= 0; n--) {
        String word = words[random.nextInt(words.length)];
        text.append(random.nextInt(4) == 0 ? word.toUpperCase(Locale.ROOT) : word).append(glue[random.nextInt(glue.length)]);
      }
      String expected = byRegex(text.toString(), replacements, ignoreCase);
      assertThat(WordReplacer.of(replacements, ignoreCase).apply(text.toString()))
          .as("%s in %s (ignore case: %s)", replacements, text, ignoreCase).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("A replacer of 100,000 names finds each in any case, and not a longer number that begins like one")
  void many_names() {
    Map<String, String> names = new LinkedHashMap<>();
    for (int i = 0; i < 100_000; i++) {
      names.put("mitglied " + i, "Person " + i);
    }
    WordReplacer replacer = WordReplacer.of(names, true);
    assertThat(replacer.apply("Gast: Mitglied 99999 und MITGLIED 5, nicht Mitglied 100000."))
        .isEqualTo("Gast: Person 99999 und Person 5, nicht Mitglied 100000.");
  }
}
