package de.nextnetz.rules.law;

import de.nextnetz.domain.base.Money;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/**
 * One year's fee of one member in the {@link Ledger}: what the Satzung asks, when it fell due, what was paid and
 * written off, and the default interest.
 *
 * @param year the fee year
 * @param fee the fee of the year, prorated where the membership began or ended in it and the Satzung says so
 * @param prorated whether the fee is less than the whole annual fee because of the Satzung's proration
 * @param arises the day the claim arose: 1 January, or the first day of a membership that began in the year
 * @param nominalDue the Satzung's due day in the year (not before {@code arises}), if the Satzung sets one
 * @param due the due day moved off weekends and holidays (§ 193 BGB), if the Satzung sets one
 * @param paid the payments applied to this year
 * @param writtenOff the amounts written off for this year
 * @param settledOn the day of the payment or write-off that settled the fee, if settled
 * @param interest the default interest as of the ledger's day: on the open amount to that day, or for a fee paid
 *     late up to the day before payment; {@link Interest#NONE} without a calendar due day
 */
public record LedgerItem(Year year, Money fee, boolean prorated, LocalDate arises, Optional<LocalDate> nominalDue,
    Optional<LocalDate> due, Money paid, Money writtenOff, Optional<LocalDate> settledOn, Interest interest) {

  /** {@return what remains open: the fee less payments and write-offs, never below zero} */
  public Money open() {
    Money open = fee.minus(paid).minus(writtenOff);
    return open.isNegative() ? Money.ofCents(0, fee.currency()) : open;
  }

  /** {@return whether nothing remains open} */
  public boolean isSettled() {
    return open().isZero();
  }

  /**
   * Whether the fee is open after its calendar due day on a day (§ 286 Abs. 2 Nr. 1 BGB).
   *
   * @param day the day
   * @return {@code true} if something is open, the Satzung sets a due day and the day lies after it
   */
  public boolean isInDefaultOn(LocalDate day) {
    return !isSettled() && due.isPresent() && day.isAfter(due.get());
  }

  /** {@return whether the fee was settled after its due day} */
  public boolean wasPaidLate() {
    return settledOn.isPresent() && due.isPresent() && settledOn.get().isAfter(due.get());
  }
}
