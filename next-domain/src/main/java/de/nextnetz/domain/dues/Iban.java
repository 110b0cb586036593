package de.nextnetz.domain.dues;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An International Bank Account Number (ISO 13616), kept as written and checked when made: the country code must
 * be one whose IBAN length is known here (the SEPA area), the length that country's, and the check digits right
 * (ISO 7064 MOD 97-10: the rearranged number leaves remainder 1). Spaces (the paper format) and lower case are
 * accepted and kept, so a document reads back as it was written; {@link #electronic()} gives the form a payment
 * file needs, and {@link #isNormalised()} tells whether the text already is that form.
 *
 * <p>An IBAN is personal data: {@link #toString()} shows only the country, the check digits and the last two
 * characters, and no exception message carries the number.
 *
 * @param text the IBAN as written, e.g. {@code DE46 4306 0967 1343 0843 00}
 */
public record Iban(String text) {

  /** IBAN lengths of the countries of the SEPA scheme area (EPC409-09, register of countries), by country code. */
  private static final Map<String, Integer> LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
      Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
      Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22),
      Map.entry("GI", 23), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22),
      Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
      Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
      Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
      Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
      Map.entry("SM", 27), Map.entry("VA", 22));

  /**
   * Checks and keeps an IBAN.
   *
   * @param text the IBAN as written
   * @throws IllegalArgumentException if it is not a valid IBAN; the message says why without repeating the number
   */
  public Iban {
    Optional<Problem> problem = problem(text);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get().describe());
    }
  }

  /**
   * Why a text is not a valid IBAN.
   *
   * @param text the text
   * @return the first problem found, or empty if the text is a valid IBAN
   */
  public static Optional<Problem> problem(String text) {
    String electronic = electronic(text);
    if (electronic.length() < 5 || !electronic.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
        || !Character.isLetter(electronic.charAt(0)) || !Character.isLetter(electronic.charAt(1))
        || !Character.isDigit(electronic.charAt(2)) || !Character.isDigit(electronic.charAt(3))) {
      return Optional.of(new Problem(Problem.Kind.FORM, "", 0, electronic.length()));
    }
    String country = electronic.substring(0, 2);
    Integer length = LENGTHS.get(country);
    if (length == null) {
      return Optional.of(new Problem(Problem.Kind.COUNTRY, country, 0, electronic.length()));
    }
    if (electronic.length() != length) {
      return Optional.of(new Problem(Problem.Kind.LENGTH, country, length, electronic.length()));
    }
    String expected = Mod97.checkDigits(electronic.substring(4), country);
    if (!expected.equals(electronic.substring(2, 4))) {
      return Optional.of(new Problem(Problem.Kind.CHECK_DIGITS, country, Integer.parseInt(expected),
          electronic.length()));
    }
    return Optional.empty();
  }

  /**
   * Makes the IBAN of a national account number (BBAN) with its check digits, e.g. for an account number a bank
   * gives without them.
   *
   * @param country the two-letter country code, e.g. {@code DE}
   * @param bban the national account number in capitals and digits, e.g. {@code 430609671343084300}
   * @return the IBAN in the electronic form
   * @throws IllegalArgumentException if the result is not a valid IBAN (unknown country, wrong length, other
   *     characters)
   */
  public static Iban of(String country, String bban) {
    if (!country.matches("[A-Z]{2}") || !bban.matches("[A-Z0-9]+")) {
      throw new IllegalArgumentException(new Problem(Problem.Kind.FORM, "", 0, country.length() + bban.length() + 2)
          .describe());
    }
    return new Iban(country + Mod97.checkDigits(bban, country) + bban);
  }

  /**
   * Tells whether a text is a valid IBAN.
   *
   * @param text the text
   * @return {@code true} if {@link #problem(String)} finds none
   */
  public static boolean isValid(String text) {
    return problem(text).isEmpty();
  }

  /** {@return the electronic form: without spaces, in capitals, e.g. {@code DE46430609671343084300}} */
  public String electronic() {
    return electronic(text);
  }

  /** {@return the paper form: the electronic form in groups of four, e.g. {@code DE46 4306 0967 1343 0843 00}} */
  public String paper() {
    String electronic = electronic();
    StringBuilder paper = new StringBuilder();
    for (int k = 0; k < electronic.length(); k += 4) {
      if (k > 0) {
        paper.append(' ');
      }
      paper.append(electronic, k, Math.min(k + 4, electronic.length()));
    }
    return paper.toString();
  }

  /** {@return the two-letter country code, e.g. {@code DE}} */
  public String country() {
    return electronic().substring(0, 2);
  }

  /** {@return whether the text is already the electronic form (no spaces, capitals)} */
  public boolean isNormalised() {
    return text.equals(electronic());
  }

  /**
   * The IBAN with all but the country, the check digits and the last two characters hidden, e.g.
   * {@code DE46…00}: enough to tell two accounts apart in a list,
   * not enough to debit one.
   *
   * @return the masked IBAN
   */
  public String masked() {
    String electronic = electronic();
    return electronic.substring(0, 4) + "…" + electronic.substring(electronic.length() - 2);
  }

  /** {@return the masked IBAN ({@link #masked()}), never the whole number} */
  @Override
  public String toString() {
    return masked();
  }

  private static String electronic(String text) {
    return text.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Why a text is not a valid IBAN.
   *
   * @param kind what is wrong
   * @param country the country code, where the text has one
   * @param expected the length ({@link Kind#LENGTH}) or check digits ({@link Kind#CHECK_DIGITS}) the text should
   *     have, else 0
   * @param length the length of the text without spaces
   */
  public record Problem(Kind kind, String country, int expected, int length) {

    /** What is wrong with an IBAN. */
    public enum Kind {
      /** Not two letters, two digits and then letters and digits only. */
      FORM,
      /** A country code whose IBAN length is not known here. */
      COUNTRY,
      /** Not the length of the country's IBAN. */
      LENGTH,
      /** The check digits do not match the rest (MOD 97-10). */
      CHECK_DIGITS
    }

    /** {@return the problem in English, without the number} */
    public String describe() {
      return switch (kind) {
        case FORM -> "not an IBAN: two letters, two check digits, then letters and digits (spaces allowed)";
        case COUNTRY -> "the IBAN's country " + country + " is not in the SEPA area known here";
        case LENGTH -> "an IBAN of " + country + " has " + expected + " characters, this one " + length;
        case CHECK_DIGITS -> "the IBAN's check digits are wrong (ISO 7064 MOD 97-10); for the rest as written they"
            + " would be " + (expected < 10 ? "0" + expected : Integer.toString(expected));
      };
    }
  }
}
