package de.nextnetz.domain.privacy;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Replaces whole words and word sequences of a text (names, surnames, member ids) by their replacements, the longest
 * at a place first, read left to right: a match neither starts right after nor ends right before a letter or a
 * digit. It answers as the regular expression {@code (?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])} with
 * the same replacements would, but through a hash lookup per candidate length at each word start instead of a trial
 * of every alternative at every place: a document of 100,000 members is redacted in time and memory linear in its
 * texts, where that expression took minutes and more than a gigabyte.
 */
final class WordReplacer {

  private final Map<Key, String> replacements;
  /** The distinct lengths of the keys, longest first. */
  private final int[] lengths;
  private final boolean ignoreCase;

  private WordReplacer(Map<Key, String> replacements, int[] lengths, boolean ignoreCase) {
    this.replacements = replacements;
    this.lengths = lengths;
    this.ignoreCase = ignoreCase;
  }

  /**
   * A replacer of the given words.
   *
   * @param replacements each word (or word sequence) to its replacement; empty words are ignored
   * @param ignoreCase whether a word matches in any case (as {@code CASE_INSENSITIVE | UNICODE_CASE} would)
   * @return the replacer
   */
  static WordReplacer of(Map<String, String> replacements, boolean ignoreCase) {
    Map<Key, String> folded = new HashMap<>();
    TreeSet<Integer> lengths = new TreeSet<>();
    for (Map.Entry<String, String> entry : replacements.entrySet()) {
      if (!entry.getKey().isEmpty()) {
        folded.putIfAbsent(Key.of(entry.getKey(), ignoreCase), entry.getValue());
        lengths.add(entry.getKey().length());
      }
    }
    return new WordReplacer(folded, lengths.descendingSet().stream().mapToInt(Integer::intValue).toArray(),
        ignoreCase);
  }

  /**
   * Replaces every word of the replacer in a text.
   *
   * @param text the text
   * @return the text with each match replaced, the same instance where nothing matched
   */
  String apply(String text) {
    if (lengths.length == 0) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      if (i > 0 && isWordChar(text.codePointBefore(i))) {
        i++;
        continue;
      }
      int end = -1;
      String replacement = null;
      for (int length : lengths) {
        int j = i + length;
        if (j > text.length() || (j < text.length() && isWordChar(text.codePointAt(j)))) {
          continue;
        }
        @Nullable String found = replacements.get(new Key(text, i, j, ignoreCase));
        if (found != null) {
          end = j;
          replacement = found;
          break;
        }
      }
      if (replacement == null) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16);
      }
      out.append(text, copied, i).append(replacement);
      copied = end;
      i = end;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * A piece of a text as a key, equal to another piece of the same characters (regardless of case, character by
   * character, where asked): a lookup needs no copy of the piece, and a replacer no lower-case copy of its words.
   */
  static final class Key {
    private final String text;
    private final int from;
    private final int to;
    private final boolean ignoreCase;
    private final int hash;

    Key(String text, int from, int to, boolean ignoreCase) {
      this.text = text;
      this.from = from;
      this.to = to;
      this.ignoreCase = ignoreCase;
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + charAt(i);
      }
      this.hash = h;
    }

    /**
     * A whole text as a key.
     *
     * @param text the text
     * @param ignoreCase whether the key is equal to the text in another case
     * @return the key
     */
    static Key of(String text, boolean ignoreCase) {
      return new Key(text, 0, text.length(), ignoreCase);
    }

    private char charAt(int i) {
      char c = text.charAt(i);
      return ignoreCase ? Character.toLowerCase(Character.toUpperCase(c)) : c;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Key key) || key.hash != hash || key.to - key.from != to - from
          || key.ignoreCase != ignoreCase) {
        return false;
      }
      for (int i = 0; i < to - from; i++) {
        if (charAt(from + i) != key.charAt(key.from + i)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static boolean isWordChar(int codePoint) {
    if (Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
