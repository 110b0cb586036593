package de.nextnetz.rules.law;

import de.nextnetz.domain.base.Money;

/**
 * An amount of euros in German words, as a donation receipt writes it (BMF 7 Nov 2013: the amount in figures and in
 * words): one word for the euros ("eintausendzweihundertsechsundvierzig"), "ein" before "hundert", "tausend" and
 * "und", "eins" at the end, "eine Million" and "zwei Millionen" as words of their own; cents as a fraction "50/100", the library's convention where no official
 * rule exists.
 */
public final class AmountInWords {

  private static final String[] ONES = {"", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
      "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"};
  private static final String[] TENS = {"", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig",
      "achtzig", "neunzig"};

  private AmountInWords() {}

  /**
   * The whole euros of a number in one German word.
   *
   * @param number 0 to 999,999,999
   * @return e.g. {@code "eintausendzweihundertsechsundvierzig"}, {@code "eins"}, {@code "null"}
   * @throws IllegalArgumentException if the number is negative or a billion or more
   */
  public static String words(long number) {
    if (number < 0 || number >= 1_000_000_000L) {
      throw new IllegalArgumentException("0 to 999,999,999, not " + number);
    }
    if (number == 0) {
      return "null";
    }
    StringBuilder words = new StringBuilder();
    long millions = number / 1_000_000;
    long rest = number % 1_000_000;
    if (millions > 0) {
      words.append(millions == 1 ? "eine Million" : belowThousand((int) millions) + " Millionen");
      if (rest > 0) {
        words.append(' ');
      }
    }
    int thousands = (int) (rest / 1000);
    int below = (int) (rest % 1000);
    if (thousands > 0) {
      words.append(belowThousand(thousands)).append("tausend");
    }
    if (below > 0) {
      String tail = belowThousand(below);
      words.append(below % 100 == 1 ? tail + "s" : tail);
    }
    return words.toString();
  }

  /** 1 to 999 as it stands before "tausend" or "millionen", or at the end before a final "s" for one. */
  private static String belowThousand(int number) {
    StringBuilder words = new StringBuilder();
    int hundreds = number / 100;
    int rest = number % 100;
    if (hundreds > 0) {
      words.append(ONES[hundreds]).append("hundert");
    }
    if (rest > 0 && rest < 20) {
      words.append(ONES[rest]);
    } else if (rest >= 20) {
      int ones = rest % 10;
      if (ones > 0) {
        words.append(ONES[ones]).append("und");
      }
      words.append(TENS[rest / 10]);
    }
    return words.toString();
  }

  /**
   * An amount in words for a receipt: the euros as one word, the cents as a fraction where there are any.
   *
   * @param amount an amount in euros, not negative, below a billion
   * @return e.g. {@code "eintausend Euro"}, {@code "zwölf 50/100 Euro"}
   * @throws IllegalArgumentException if the amount is not in euros, negative or a billion or more
   */
  public static String euros(Money amount) {
    if (!amount.currency().equals(Money.EUR)) {
      throw new IllegalArgumentException("an amount in euros, not " + amount.currency());
    }
    long cents = amount.cents();
    if (cents < 0) {
      throw new IllegalArgumentException("not negative: " + amount);
    }
    String euros = words(cents / 100);
    long fraction = cents % 100;
    return fraction == 0 ? euros + " Euro" : euros + " " + String.format(java.util.Locale.ROOT, "%02d", fraction) + "/100 Euro";
  }

  /**
   * Whether words written on a receipt state an amount: the one word of {@link #euros} (case and spaces aside), or
   * the digits spelt one by one ("eins – zwei – vier – sechs", with the blanks before and after voided by "X").
   *
   * @param amount the amount in figures
   * @param written the words on the receipt
   * @return whether they agree (RECEIPT_AMOUNT_WORDS_MISMATCH otherwise)
   */
  public static boolean agrees(Money amount, String written) {
    String normal = written.strip().toLowerCase(java.util.Locale.ROOT).replace(" euro", "").replace("euro", "")
        .strip();
    long cents = amount.cents();
    String fraction = cents % 100 == 0 ? "" : " " + String.format(java.util.Locale.ROOT, "%02d", cents % 100) + "/100";
    if (normal.replace(" ", "").equals((words(cents / 100).toLowerCase(java.util.Locale.ROOT) + fraction)
        .replace(" ", ""))) {
      return true;
    }
    String digits = normal.replaceAll("^x\\s*", "").replaceAll("\\s*x$", "");
    String[] names = {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"};
    StringBuilder spelt = new StringBuilder();
    for (char digit : Long.toString(cents / 100).toCharArray()) {
      spelt.append(spelt.length() == 0 ? "" : " – ").append(names[digit - '0']);
    }
    return digits.replace("-", "–").replaceAll("\\s+", " ").equals(spelt + fraction);
  }
}
