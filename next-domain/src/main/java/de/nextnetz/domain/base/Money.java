package de.nextnetz.domain.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of money: whole minor units (cents) of one currency, never a {@code double}.
 *
 * <p>{@link #allocate(List)} splits an amount by weights so that the parts always sum to the
 * whole: each part gets the floor of its exact share, and the cents left over go one each to the
 * parts with the largest remainders, ties going to the earlier part. {@code 1,000.00 EUR} in three
 * equal parts is {@code 333.34 + 333.33 + 333.33}.
 *
 * @param cents the amount in minor units (cents for the euro)
 * @param currency the currency, one with two minor digits
 */
public record Money(long cents, Currency currency) implements Comparable<Money> {

  /** The euro, the currency of every amount in the seeds. */
  public static final Currency EUR = Currency.getInstance("EUR");

  /**
   * Checks the currency.
   *
   * @throws IllegalArgumentException if the currency has no two-digit minor unit
   * @param cents the amount in minor units (cents for the euro)
   * @param currency the currency, one with two minor digits
   */
  public Money {
    Objects.requireNonNull(currency, "currency");
    if (currency.getDefaultFractionDigits() != 2) {
      throw new IllegalArgumentException(
          "currency must have two minor digits, but " + currency + " has "
              + currency.getDefaultFractionDigits());
    }
  }

  /**
   * Creates an amount from minor units.
   *
   * @param cents the amount in minor units (cents for the euro)
   * @param currency the currency
   * @return the amount
   * @throws IllegalArgumentException if the currency has no two-digit minor unit
   */
  public static Money ofCents(long cents, Currency currency) {
    return new Money(cents, currency);
  }

  /**
   * Creates an amount in euros from a decimal string such as {@code "1000"} or {@code "333.34"}.
   *
   * @param amount the amount, at most two decimal places
   * @return the amount
   * @throws IllegalArgumentException if the text is not a decimal number or has more than two
   *     decimal places
   */
  public static Money euros(String amount) {
    return of(parseDecimal(amount), EUR);
  }

  /**
   * Creates an amount from a decimal value.
   *
   * @param amount the amount, at most two decimal places
   * @param currency the currency
   * @return the amount
   * @throws IllegalArgumentException if the amount has more than two decimal places or does not
   *     fit into a {@code long} of cents
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal scaled;
    try {
      scaled = amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount must have at most two decimal places, but was " + amount.toPlainString(), e);
    }
    try {
      return ofCents(scaled.unscaledValue().longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("amount is too large: " + amount.toPlainString(), e);
    }
  }

  /**
   * Parses an amount written as {@code "1000.00 EUR"} (the form {@link #toString()} writes).
   *
   * @param text the amount and the ISO 4217 currency code, separated by one space
   * @return the amount
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    int space = text.indexOf(' ');
    if (space < 0 || space != text.lastIndexOf(' ')) {
      throw new IllegalArgumentException(
          "money must be written as amount and currency, e.g. \"1000.00 EUR\", but was \"" + text
              + "\"");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(text.substring(space + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown currency \"" + text.substring(space + 1) + "\" in \"" + text + "\"", e);
    }
    return of(parseDecimal(text.substring(0, space)), currency);
  }

  private static BigDecimal parseDecimal(String amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.matches("-?\\d{1,17}(\\.\\d{1,2})?")) {
      throw new IllegalArgumentException(
          "amount must be a decimal number with at most two decimal places, but was \"" + amount
              + "\"");
    }
    return new BigDecimal(amount);
  }

  /** {@return the amount as a decimal with two places, e.g. {@code 500.00}} */
  public BigDecimal getAmount() {
    return BigDecimal.valueOf(cents, 2);
  }

  /** {@return whether the amount is below zero} */
  public boolean isNegative() {
    return cents < 0;
  }

  /** {@return whether the amount is zero} */
  public boolean isZero() {
    return cents == 0;
  }

  /**
   * Adds another amount of the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws IllegalArgumentException if the currencies differ
   * @throws AmountOutOfRange if the sum is beyond the range a {@code Money} holds
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    try {
      return new Money(Math.addExact(cents, other.cents), currency);
    } catch (ArithmeticException overflow) {
      throw new AmountOutOfRange(this, other, false);
    }
  }

  /**
   * Subtracts another amount of the same currency.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws IllegalArgumentException if the currencies differ
   * @throws AmountOutOfRange if the difference is beyond the range a {@code Money} holds
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    try {
      return new Money(Math.subtractExact(cents, other.cents), currency);
    } catch (ArithmeticException overflow) {
      throw new AmountOutOfRange(this, other, true);
    }
  }

  /**
   * Splits this amount into parts proportional to the weights, the parts summing exactly to this
   * amount (largest remainder; ties go to the earlier part).
   *
   * @param weights one non-negative weight per part, at least one of them positive
   * @return one amount per weight, in the order of the weights
   * @throws IllegalArgumentException if there is no weight, a weight is negative, or all are zero
   */
  public List<Money> allocate(List<Long> weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      long weight = Objects.requireNonNull(weights.get(i), "weight");
      if (weight < 0) {
        throw new IllegalArgumentException("weight " + i + " must not be negative, but was " + weight);
      }
      total = total.add(BigDecimal.valueOf(weight));
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    // Work on the magnitude so that a negative amount splits as the mirror of a positive one.
    BigDecimal magnitude = BigDecimal.valueOf(Math.abs(cents));
    long[] parts = new long[weights.size()];
    BigDecimal[] remainders = new BigDecimal[weights.size()];
    long assigned = 0;
    for (int i = 0; i < parts.length; i++) {
      BigDecimal[] division =
          magnitude.multiply(BigDecimal.valueOf(weights.get(i))).divideAndRemainder(total);
      parts[i] = division[0].longValueExact();
      remainders[i] = division[1];
      assigned += parts[i];
    }
    long left = Math.abs(cents) - assigned;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> {
      int byRemainder = remainders[b].compareTo(remainders[a]);
      return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
    });
    for (int k = 0; k < left; k++) {
      parts[order.get(k)]++;
    }
    List<Money> result = new ArrayList<>(parts.length);
    for (long part : parts) {
      result.add(new Money(cents < 0 ? -part : part, currency));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Splits this amount into equal parts (see {@link #allocate(List)} for the remainder).
   *
   * @param parts the number of parts, at least one
   * @return the parts, the earlier ones larger by a cent where the amount does not divide evenly
   * @throws IllegalArgumentException if {@code parts} is less than one
   */
  public List<Money> split(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1, but was " + parts);
    }
    return allocate(Collections.nCopies(parts, 1L));
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "currencies must match, but were " + currency + " and " + other.currency);
    }
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(cents, other.cents);
  }



  /**
   * The amount as a spreadsheet reads a number in a language: plain digits with the language's
   * decimal separator and no grouping, {@code "333,34"} in German, {@code "333.34"} otherwise (the
   * currency goes into a column of its own).
   *
   * @param locale the language
   * @return the amount
   */
  public String decimal(java.util.Locale locale) {
    String plain = getAmount().toPlainString();
    return locale.getLanguage().equals("de") ? plain.replace('.', ',') : plain;
  }

  /**
   * Formats the amount for people in a language: {@code "1.000,00 €"} in German, {@code
   * "€1,000.00"} in English.
   *
   * @param locale the language and region of the format
   * @return the amount with its currency sign or code
   */
  public String format(java.util.Locale locale) {
    java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(currency);
    format.setMinimumFractionDigits(currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits());
    return format.format(getAmount());
  }

  /** {@return the amount and the currency code, e.g. {@code "1000.00 EUR"}} */
  @Override
  public String toString() {
    return getAmount().toPlainString() + " " + currency.getCurrencyCode();
  }
}
