package de.nextnetz.domain.base;

import java.util.Locale;

/**
 * Makes texts of the input safe to echo in a message, the one place that does, for every reader
 * of the library (JSON documents, event tables, the command line): quotes and backslashes escaped
 * as in JSON, control characters (newlines, ESC and the C1 controls), line and paragraph separators
 * and the characters that reorder text (bidirectional overrides) shown as {@code \\uXXXX}, so that
 * no input forges a line or moves the terminal.
 */
public final class Echo {

  /** The most characters an echoed value keeps, the ellipsis included. */
  public static final int MAX_LENGTH = 60;

  private Echo() {}

  /**
   * Makes a text of the input safe to echo between quotes in a message: escaped as this class
   * says, then cut to {@value #MAX_LENGTH} characters with an ellipsis.
   *
   * @param text the text as the input has it
   * @return the text to put between quotes in a message
   */
  public static String shorten(String text) {
    StringBuilder echo = new StringBuilder(Math.min(text.length(), 64));
    int cut = -1;
    for (int i = 0; i < text.length(); i++) {
      String piece = escape(text.charAt(i));
      if (echo.length() + piece.length() > MAX_LENGTH - 3 && cut < 0) {
        cut = echo.length();
      }
      echo.append(piece);
      if (echo.length() > MAX_LENGTH) {
        echo.setLength(cut);
        return echo.append('…').toString();
      }
    }
    return echo.toString();
  }

  /**
   * Escapes the characters of a text that must not reach a terminal or log raw (see {@link
   * #shorten}), without cutting it: for a JSON Pointer in a problem, which holds property names of
   * the input.
   *
   * @param text the text
   * @return the text with control, separator and reordering characters as {@code \\uXXXX}
   */
  public static String escapeControls(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        safe.append(escaped(c));
      } else {
        safe.append(c);
      }
    }
    return safe.toString();
  }

  private static String escape(char c) {
    if (c == '"' || c == '\\') {
      return "\\" + c;
    }
    return isUnsafe(c) ? escaped(c) : String.valueOf(c);
  }

  /**
   * The escaped form of a character, as echoes show an unsafe one.
   *
   * @param c the character
   * @return a backslash, {@code u} and its four hexadecimal digits, e.g. {@code \\u001B} for ESC
   */
  public static String escaped(char c) {
    return String.format(Locale.ROOT, "\\u%04X", (int) c);
  }

  /**
   * Whether a character must not reach a terminal or a log raw: a control character (C0 with the
   * line breaks and ESC, DEL, C1), a line or paragraph separator, or a character that reorders
   * text (bidirectional embeddings, overrides, isolates and marks).
   *
   * @param c the character
   * @return {@code true} if it is shown as {@code \\uXXXX} wherever input is echoed
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }
}
