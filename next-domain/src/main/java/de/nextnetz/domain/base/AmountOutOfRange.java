package de.nextnetz.domain.base;

/**
 * A sum or difference of amounts beyond what {@link Money} holds exactly (± 92,233,720,368,547,758.07 in a
 * currency's units, the range of its cents in a {@code long}): thrown instead of a wrapped, wrong amount. A
 * document's single amounts stay far below (the JSON format carries at most 15 digits before the point), so only
 * a sum of many very large amounts reaches it; a caller reports it as input it cannot compute with, not as a bug.
 */
public final class AmountOutOfRange extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  /** The largest amount a {@link Money} holds, in euros. */
  public static final Money LARGEST = Money.ofCents(Long.MAX_VALUE, Money.EUR);

  /** The amount the computation started from. */
  @SuppressWarnings("serial") // a record of a long and a Currency, both serializable
  private final Money left;

  /** The amount added or subtracted. */
  @SuppressWarnings("serial")
  private final Money right;

  /** Whether the computation was a subtraction. */
  private final boolean subtraction;

  /**
   * Creates the exception.
   *
   * @param left the amount the computation started from
   * @param right the amount added or subtracted
   * @param subtraction whether {@code right} was subtracted
   */
  public AmountOutOfRange(Money left, Money right, boolean subtraction) {
    super(left + (subtraction ? " - " : " + ") + right + " is beyond the largest amount computed exactly ("
        + LARGEST.getAmount().toPlainString() + ")");
    this.left = left;
    this.right = right;
    this.subtraction = subtraction;
  }

  /** {@return the amount the computation started from} */
  public Money left() {
    return left;
  }

  /** {@return the amount added or subtracted} */
  public Money right() {
    return right;
  }

  /** {@return whether the amount was subtracted rather than added} */
  public boolean subtraction() {
    return subtraction;
  }
}
