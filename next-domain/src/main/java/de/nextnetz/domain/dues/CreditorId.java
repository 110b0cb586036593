package de.nextnetz.domain.dues;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SEPA creditor identifier (Gläubiger-Identifikationsnummer), checked when made: the country code, two check
 * digits, a three-character business code (default {@code ZZZ}, not part of the check) and the national
 * identifier; in Germany (Bundesbank) a {@code 0} and ten digits, 18 characters in all. The check digits are
 * ISO 7064 MOD 97-10 over the national identifier followed by the country code and the check digits.
 *
 * @param text the identifier, in capitals without spaces, e.g. {@code DE98ZZZ09999999999}
 */
public record CreditorId(String text) {

  private static final Pattern FORM = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}");
  private static final Pattern GERMAN = Pattern.compile("DE[0-9]{2}[A-Z0-9]{3}0[0-9]{10}");

  /**
   * Checks and keeps a creditor identifier.
   *
   * @param text the identifier
   * @throws IllegalArgumentException if it is not a valid creditor identifier, saying why
   */
  public CreditorId {
    Optional<Problem> problem = problem(text);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get().describe());
    }
  }

  /**
   * Why a text is not a valid creditor identifier.
   *
   * @param text the text
   * @return the first problem found, or empty if the text is valid
   */
  public static Optional<Problem> problem(String text) {
    if (!FORM.matcher(text).matches()) {
      return Optional.of(new Problem(Problem.Kind.FORM, ""));
    }
    if (text.startsWith("DE") && !GERMAN.matcher(text).matches()) {
      return Optional.of(new Problem(Problem.Kind.GERMAN_FORM, ""));
    }
    String expected = Mod97.checkDigits(text.substring(7), text.substring(0, 2));
    if (!expected.equals(text.substring(2, 4))) {
      return Optional.of(new Problem(Problem.Kind.CHECK_DIGITS, expected));
    }
    return Optional.empty();
  }

  /**
   * Why a text is not a valid creditor identifier.
   *
   * @param kind what is wrong
   * @param expected the check digits the rest calls for ({@link Kind#CHECK_DIGITS}), else empty
   */
  public record Problem(Kind kind, String expected) {

    /** What is wrong with a creditor identifier. */
    public enum Kind {
      /** Not country, check digits, business code and national identifier in capitals without spaces. */
      FORM,
      /** A German identifier that is not DE, two check digits, the business code, 0 and ten digits. */
      GERMAN_FORM,
      /** The check digits do not match the national identifier (MOD 97-10). */
      CHECK_DIGITS
    }

    /** {@return the problem in English} */
    public String describe() {
      return switch (kind) {
        case FORM -> "not a creditor identifier: two capital letters, two check digits, a business code of three"
            + " letters or digits and the national identifier, without spaces";
        case GERMAN_FORM -> "a German creditor identifier has 18 characters: DE, two check digits, the business"
            + " code, 0 and ten digits";
        case CHECK_DIGITS -> "the creditor identifier's check digits are wrong (ISO 7064 MOD 97-10); for the rest"
            + " as written they would be " + expected;
      };
    }
  }

  /** {@return the business code (Geschäftsbereichskennung), {@code ZZZ} unless the creditor chose another} */
  public String businessCode() {
    return text.substring(4, 7);
  }

  /** {@return the identifier as written} */
  @Override
  public String toString() {
    return text;
  }
}
