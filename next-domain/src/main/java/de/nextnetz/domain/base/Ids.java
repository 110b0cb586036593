package de.nextnetz.domain.base;

/** The shape of identifiers used to refer from one part of an association to another. */
public final class Ids {

  /** Letters, digits, dots, underscores and hyphens, starting with a letter or digit. */
  public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  /** The message of a violated {@link #PATTERN}. */
  public static final String MESSAGE =
      "must be an identifier of letters, digits, '.', '_' or '-' (at most 64 characters)";

  /**
   * One character that is neither white space nor invisible, spelled as one explicit class that Java, JavaScript
   * and Python regular expressions read alike (their {@code \\S} and {@code trim()} differ on U+00A0, U+FEFF,
   * U+001C and U+0085): not a C0 or C1 control, space, no-break space, the Unicode spaces and separators, or the
   * byte order mark. The reader, the schema and Bean Validation all use it.
   */
  public static final String VISIBLE = "[^\\u0000-\\u0020\\u007F-\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F"
      + "\\u205F\\u3000\\uFEFF]";

  /**
   * At least one visible character ({@link #VISIBLE}): "not blank" for every text of the model, as a
   * {@code @Pattern}, which also lets an empty {@code Optional} pass.
   */
  public static final String NOT_BLANK = "(?s).*" + VISIBLE + ".*";

  /** The message of a violated {@link #NOT_BLANK}: Bean Validation's own "must not be blank". */
  public static final String NOT_BLANK_MESSAGE = "{jakarta.validation.constraints.NotBlank.message}";

  /**
   * Whether a text is an identifier ({@link #PATTERN}), decided character by character: what the regular expression
   * decides, at a fraction of its cost, for a reader that checks every identifier of a large document.
   *
   * @param text the text
   * @return whether the whole text matches {@link #PATTERN}
   */
  public static boolean isIdentifier(String text) {
    int length = text.length();
    if (length == 0 || length > 64 || !letterOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean letterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Whether a text holds a visible character ({@link #NOT_BLANK}), decided character by character: what the regular
   * expression decides, at a fraction of its cost.
   *
   * @param text the text
   * @return whether the text matches {@link #NOT_BLANK}
   */
  public static boolean isNotBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (visible(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** One character of {@link #VISIBLE}. */
  private static boolean visible(char c) {
    if (c <= ' ' || (c >= '\u007F' && c <= '\u00A0')) {
      return false;
    }
    if (c < '\u1680') {
      return true;
    }
    return !(c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
        || c == '\u205F' || c == '\u3000' || c == '\uFEFF');
  }

  private Ids() {}
}
