package de.nextnetz.rules.law;

import de.nextnetz.domain.base.Money;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One year's fee of one member in the {@link Ledger}: what the Satzung asks, when it fell due, what was paid and
 * written off, and the default interest.
 *
 * @param year the fee year
 * @param fee the fee of the year, prorated where the membership began or ended in it and the Satzung says so
 * @param prorated whether the fee is less than the whole annual fee because of the Satzung's proration
 * @param arises the day the claim arose: 1 January, or the first day of a membership that began in the year
 * @param nominalDue the Satzung's due day in the year (not before {@code arises}), or the last of its days to pay after
 *     the invoice was received; empty where the Satzung fixes neither or no invoice has been received
 * @param due {@code nominalDue} moved off weekends and holidays (§ 193 BGB)
 * @param invoiceReceived the day the first invoice for the year reached the member, where the Satzung counts the days
 *     to pay from it and it was received by the ledger's day
 * @param reminders the days the reminders for the year reached the member, up to the ledger's day, in order
 * @param defaultFrom the first day of default: the day after {@code due} (§ 286 Abs. 2 BGB), or without a due day the
 *     day after the first reminder ({@link DuesLaw#defaultFromReminder}); empty while neither is known
 * @param paid the payments applied to this year
 * @param writtenOff the amounts written off for this year
 * @param settledOn the day of the payment or write-off that settled the fee, if settled
 * @param interest the default interest as of the ledger's day: on the open amount to that day, or for a fee paid
 *     late up to the day before payment; {@link Interest#NONE} while the member was never in default
 */
public record LedgerItem(Year year, Money fee, boolean prorated, LocalDate arises, Optional<LocalDate> nominalDue,
    Optional<LocalDate> due, Optional<LocalDate> invoiceReceived, List<LocalDate> reminders,
    Optional<LocalDate> defaultFrom, Money paid, Money writtenOff, Optional<LocalDate> settledOn, Interest interest) {

  /**
   * Checks and copies the values.
   *
   * @param year the fee year
   * @param fee the fee of the year
   * @param prorated whether the fee is prorated
   * @param arises the day the claim arose
   * @param nominalDue the due day before § 193 BGB
   * @param due the due day
   * @param invoiceReceived the day the invoice was received
   * @param reminders the days reminders were received
   * @param defaultFrom the first day of default
   * @param paid the payments applied
   * @param writtenOff the amounts written off
   * @param settledOn the day the fee was settled
   * @param interest the default interest
   * @throws NullPointerException if any is null
   */
  public LedgerItem {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(arises, "arises");
    Objects.requireNonNull(nominalDue, "nominalDue");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(invoiceReceived, "invoiceReceived");
    reminders = List.copyOf(reminders);
    Objects.requireNonNull(defaultFrom, "defaultFrom");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(writtenOff, "writtenOff");
    Objects.requireNonNull(settledOn, "settledOn");
    Objects.requireNonNull(interest, "interest");
  }

  /**
   * What puts the member in default, if anything does yet: the calendar due day, the days to pay after the invoice,
   * or a reminder.
   *
   * @return the basis, empty while {@link #defaultFrom()} is
   */
  public Optional<DefaultBasis> defaultBasis() {
    if (defaultFrom.isEmpty()) {
      return Optional.empty();
    }
    if (due.isEmpty()) {
      return Optional.of(DefaultBasis.REMINDER);
    }
    return Optional.of(invoiceReceived.isPresent() ? DefaultBasis.INVOICE : DefaultBasis.CALENDAR_DAY);
  }

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
   * Whether the member is in default with the fee on a day (§ 286 BGB).
   *
   * @param day the day
   * @return {@code true} if something is open and the day is on or after {@link #defaultFrom()}
   */
  public boolean isInDefaultOn(LocalDate day) {
    return !isSettled() && defaultFrom.isPresent() && !day.isBefore(defaultFrom.get());
  }

  /** {@return whether the fee was settled in default, on or after the first day of default} */
  public boolean wasPaidLate() {
    return settledOn.isPresent() && defaultFrom.isPresent() && !settledOn.get().isBefore(defaultFrom.get());
  }
}
