package de.nextnetz.domain.dues;

/** ISO 7064 MOD 97-10 over digits and letters (A = 10 … Z = 35), digit by digit, without big numbers. */
final class Mod97 {

  private Mod97() {}

  /**
   * The remainder modulo 97 of the number the text spells.
   *
   * @param text digits and upper-case letters A–Z only
   * @return the remainder, 0 to 96
   * @throws IllegalArgumentException if the text holds another character
   */
  static int remainder(CharSequence text) {
    int remainder = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        throw new IllegalArgumentException("not a digit or capital letter: " + c);
      }
    }
    return remainder;
  }

  /**
   * The two check digits that make {@code body + country + digits} leave remainder 1.
   *
   * @param body the text before the country code in the rearranged form
   * @param country the two-letter country code
   * @return the check digits, "02" to "98"
   */
  static String checkDigits(String body, String country) {
    int digits = 98 - remainder(body + country + "00");
    return digits < 10 ? "0" + digits : Integer.toString(digits);
  }
}
