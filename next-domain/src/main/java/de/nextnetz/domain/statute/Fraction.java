package de.nextnetz.domain.statute;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A share such as {@code 3/4} (a majority) or {@code 1/10} (a minority quorum), compared in whole
 * numbers, never in floating point.
 *
 * @param numerator the part, at least 1
 * @param denominator the whole, at least the numerator, at most 1000
 */
public record Fraction(int numerator, int denominator) implements Comparable<Fraction> {

  /** One tenth: the minority of § 37 Abs. 1 BGB. */
  public static final Fraction ONE_TENTH = new Fraction(1, 10);

  /** One half. */
  public static final Fraction ONE_HALF = new Fraction(1, 2);

  /** Three quarters: the majority of §§ 33 Abs. 1 Satz 1 and 41 Satz 2 BGB. */
  public static final Fraction THREE_QUARTERS = new Fraction(3, 4);

  private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,3})/([1-9][0-9]{0,3})");

  /**
   * Checks the share.
   *
   * @param numerator the part, at least 1
   * @param denominator the whole, at least the numerator, at most 1000
   * @throws IllegalArgumentException if the share is not between 0 (exclusive) and 1 (inclusive),
   *     or the denominator exceeds 1000
   */
  public Fraction {
    if (numerator < 1 || denominator < numerator || denominator > 1000) {
      throw new IllegalArgumentException("a fraction must be n/d with 1 <= n <= d <= 1000, but was "
          + numerator + "/" + denominator);
    }
  }

  /**
   * Reads a share written as {@code n/d}.
   *
   * @param text e.g. {@code "3/4"}
   * @return the share
   * @throws IllegalArgumentException if the text is not of that form or the share is not valid
   */
  public static Fraction parse(String text) {
    Matcher matcher = FORM.matcher(Objects.requireNonNull(text, "text"));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("a fraction is written n/d, e.g. 3/4, but was \"" + text + "\"");
    }
    return new Fraction(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /**
   * Whether a part reaches this share of a whole: {@code part * denominator >= whole * numerator}.
   *
   * @param part e.g. the yes votes, the supporters
   * @param whole e.g. the votes cast, the members
   * @return whether the part is at least this share of the whole
   */
  public boolean isReachedBy(long part, long whole) {
    return part * denominator >= whole * numerator;
  }

  /**
   * The least whole part that reaches this share of a whole: 10 of 95 or 100, 11 of 101 for 1/10.
   *
   * @param whole the whole
   * @return the least part
   */
  public long leastPartOf(long whole) {
    return (whole * numerator + denominator - 1) / denominator;
  }

  @Override
  public int compareTo(Fraction other) {
    return Long.compare((long) numerator * other.denominator, (long) other.numerator * denominator);
  }

  /** {@return e.g. {@code "3/4"}} */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
