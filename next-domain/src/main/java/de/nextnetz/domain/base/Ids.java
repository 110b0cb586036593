package de.nextnetz.domain.base;

/** The shape of identifiers used to refer from one part of an association to another. */
public final class Ids {

  /** Letters, digits, dots, underscores and hyphens, starting with a letter or digit. */
  public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  /** The message of a violated {@link #PATTERN}. */
  public static final String MESSAGE =
      "must be an identifier of letters, digits, '.', '_' or '-' (at most 64 characters)";

  /**
   * At least one character that is not white space: {@code @NotBlank} for a value inside an
   * {@code Optional}, where an empty optional must pass (a {@code @Pattern} accepts what is absent).
   */
  public static final String NOT_BLANK = "(?s).*\\S.*";

  /** The message of a violated {@link #NOT_BLANK}: Bean Validation's own "must not be blank". */
  public static final String NOT_BLANK_MESSAGE = "{jakarta.validation.constraints.NotBlank.message}";

  private Ids() {}
}
