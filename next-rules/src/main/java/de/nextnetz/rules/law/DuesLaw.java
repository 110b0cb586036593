package de.nextnetz.rules.law;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.domain.time.Periods;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.calendar.TargetCalendar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The law of membership dues, each provision computed here once: when a fee falls due (§ 193 BGB), when its debtor
 * is in default without a reminder (§ 286 Abs. 2 Nr. 1 BGB), the default interest (§§ 288 Abs. 1, 247 BGB), when
 * the claim becomes time-barred (§§ 195, 199 BGB) and when a SEPA mandate lapses (SEPA Core rulebook). Rules,
 * the ledger and the {@code next dues} command ask here and never judge again.
 */
public final class DuesLaw {

  /** § 193 BGB: a due day on a Saturday, Sunday or holiday at the place of performance moves to the next working day. */
  public static final Citation DUE_DAY = Citation.of("§ 193 BGB");

  /** § 286 Abs. 2 Nr. 1 BGB: a payment day set by the calendar puts the debtor in default without a reminder. */
  public static final Citation DEFAULT = Citation.of("§ 286 Abs. 2 Nr. 1 BGB",
      "Der Mahnung bedarf es nicht, wenn für die Leistung eine Zeit nach dem Kalender bestimmt ist.");

  /**
   * § 286 Abs. 2 Nr. 2 BGB: a period counted by the calendar from an event, such as the receipt of the invoice,
   * puts the debtor in default without a reminder.
   */
  public static final Citation DEFAULT_AFTER_INVOICE = Citation.of("§ 286 Abs. 2 Nr. 2 BGB",
      "Der Mahnung bedarf es nicht, wenn der Leistung ein Ereignis vorauszugehen hat und eine angemessene Zeit für"
          + " die Leistung in der Weise bestimmt ist, dass sie sich von dem Ereignis an nach dem Kalender berechnen"
          + " lässt.");

  /** § 286 Abs. 1 BGB: without a calendar day, default needs a reminder. */
  public static final Citation REMINDER = Citation.of("§ 286 Abs. 1 BGB",
      "Leistet der Schuldner auf eine Mahnung des Gläubigers nicht, die nach dem Eintritt der Fälligkeit erfolgt,"
          + " so kommt er durch die Mahnung in Verzug.");

  /** §§ 288 Abs. 1, 247 BGB: default interest of five points above the base rate a year. */
  public static final Citation INTEREST = Citation.of("§ 288 Abs. 1 BGB; § 247 BGB",
      "Der Verzugszinssatz beträgt für das Jahr fünf Prozentpunkte über dem Basiszinssatz.");

  /** §§ 195, 199 Abs. 1 BGB: three years from the end of the year the claim arose. */
  public static final Citation LIMITATION = Citation.of("§§ 195, 199 Abs. 1 BGB",
      "Die regelmäßige Verjährungsfrist beträgt drei Jahre.");

  /** The SEPA Core rulebook: a mandate not used for 36 months must not be used again. */
  public static final Citation MANDATE_LAPSE = Citation.of("EPC SEPA Core Direct Debit Rulebook (2025 v1.1)");

  /**
   * The points above the base rate for default interest on membership dues: five (§ 288 Abs. 1 Satz 2 BGB). Dues
   * are no consideration for a service, so the nine points of § 288 Abs. 2 BGB (an Entgeltforderung) do not apply
   * in the prevailing reading; a fee that is in truth a price ("unechter Beitrag") may take nine, which a user sets
   * where it applies.
   */
  public static final BigDecimal INTEREST_MARGIN = new BigDecimal("5");

  /** The nine points of § 288 Abs. 2 BGB, for a fee that is consideration between businesses. */
  public static final BigDecimal INTEREST_MARGIN_CONSIDERATION = new BigDecimal("9");

  /** §§ 675x Abs. 2 and 4, 676b Abs. 2 BGB: the refund of a direct debit. */
  public static final Citation REFUND = Citation.of("§ 675x Abs. 2 und 4 BGB; § 676b Abs. 2 BGB");

  /** How long a debtor may have an authorised direct debit refunded without reason: eight weeks (§ 675x BGB). */
  public static final Period REFUND_AUTHORISED = Period.ofWeeks(8);

  /** How long a debtor may reclaim an unauthorised direct debit: 13 months (§ 676b Abs. 2 BGB). */
  public static final Period REFUND_UNAUTHORISED = Period.ofMonths(13);

  /** How long a SEPA mandate may go unused: 36 months (SEPA Core rulebook). */
  public static final Period MANDATE_UNUSED_LAPSE = Period.ofMonths(36);

  /**
   * Days between reminders in common practice: the first 14 days after the due day, the second 14 days later. A
   * convention, not law (a reminder is needed only where no calendar day puts the member in default, § 286 Abs. 1
   * BGB); {@link #reminderLevel} counts by it.
   */
  public static final int REMINDER_INTERVAL_DAYS = 14;

  private static final BigDecimal DAYS_A_YEAR = new BigDecimal("365");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private DuesLaw() {}

  /**
   * The day a fee falls due: the Satzung's day, moved off a Saturday, Sunday or public holiday (§ 193 BGB).
   *
   * @param nominal the day the Satzung names
   * @param holidays the public holidays at the place of performance (the creditor's seat)
   * @return the due day
   */
  public static LocalDate due(LocalDate nominal, HolidayCalendar holidays) {
    return Periods.nextWorkingDay(nominal, holidays);
  }

  /**
   * The first day of default for a fee due on a calendar day: the day after the due day (§ 286 Abs. 2 Nr. 1 BGB).
   *
   * @param due the due day, already moved by {@link #due}
   * @return the first day in default
   */
  public static LocalDate defaultFrom(LocalDate due) {
    return due.plusDays(1);
  }

  /**
   * The day a fee falls due where the Satzung gives the member a number of days after receiving the invoice: the
   * day of receipt does not count (§ 187 Abs. 1 BGB), the period ends with its last day (§ 188 Abs. 1 BGB), and a
   * last day on a Saturday, Sunday or holiday moves to the next working day (§ 193 BGB). Default follows from the
   * next day without a reminder (§ 286 Abs. 2 Nr. 2 BGB, {@link #defaultFrom}).
   *
   * @param received the day the invoice reached the member
   * @param days the Satzung's days to pay, at least 1
   * @param holidays the public holidays at the place of performance (the creditor's seat)
   * @return the due day
   * @throws IllegalArgumentException if {@code days} is below 1
   */
  public static LocalDate dueAfterInvoice(LocalDate received, int days, HolidayCalendar holidays) {
    return due(lastDayToPay(received, days), holidays);
  }

  /**
   * The last day of the Satzung's days to pay after the invoice, before § 193 BGB moves it (§§ 187 Abs. 1, 188 Abs. 1
   * BGB): the day of receipt plus the days.
   *
   * @param received the day the invoice reached the member
   * @param days the Satzung's days to pay, at least 1
   * @return the last day of the period
   * @throws IllegalArgumentException if {@code days} is below 1
   */
  public static LocalDate lastDayToPay(LocalDate received, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("the days to pay must be at least 1, but were " + days);
    }
    return received.plusDays(days);
  }

  /**
   * The first day of default for a fee without a day fixed by the calendar: the member is in default by the
   * reminder received after the fee fell due (§ 286 Abs. 1 BGB); like the reference's test vector 38, the library
   * counts default and its interest from the day after receipt, as § 187 Abs. 1 BGB counts a period from an event
   * (a convention where the courts have not decided the day; the interest of the day of receipt is the difference).
   *
   * @param received the day the reminder reached the member
   * @return the first day in default
   */
  public static LocalDate defaultFromReminder(LocalDate received) {
    return received.plusDays(1);
  }

  /**
   * Default interest on an amount owed unchanged over a run of days, at the base rate plus the margin, counted
   * act/365 and split at each change of the base rate (§§ 288 Abs. 1, 247 BGB); days without a base-rate row count
   * nothing and make the interest unknown from the first of them.
   *
   * @param principal the amount owed over the days
   * @param first the first day
   * @param last the last day, inclusive; before {@code first} gives no interest
   * @param rates the base rates
   * @param margin the points above the base rate, e.g. {@link #INTEREST_MARGIN}
   * @return the interest, exact
   */
  public static Interest interest(Money principal, LocalDate first, LocalDate last, BaseRates rates,
      BigDecimal margin) {
    BigDecimal euros = BigDecimal.ZERO;
    Optional<LocalDate> unknown = Optional.empty();
    LocalDate day = first;
    while (!day.isAfter(last)) {
      Optional<BaseRate> rate = rates.on(day);
      if (rate.isEmpty()) {
        if (unknown.isEmpty()) {
          unknown = Optional.of(day);
        }
        LocalDate next = nextRowStart(rates, day);
        if (next == null || next.isAfter(last)) {
          break;
        }
        day = next;
        continue;
      }
      LocalDate end = rate.get().until().isBefore(last) ? rate.get().until() : last;
      long days = ChronoUnit.DAYS.between(day, end) + 1;
      BigDecimal percent = rate.get().percent().add(margin);
      euros = euros.add(principal.getAmount().multiply(percent).multiply(BigDecimal.valueOf(days))
          .divide(HUNDRED.multiply(DAYS_A_YEAR), MathContext.DECIMAL128));
      day = end.plusDays(1);
    }
    return new Interest(euros, unknown);
  }

  private static @org.jspecify.annotations.Nullable LocalDate nextRowStart(BaseRates rates, LocalDate day) {
    for (BaseRate row : rates.rows()) {
      if (row.from().isAfter(day)) {
        return row.from();
      }
    }
    return null;
  }

  /**
   * Which reminder an open fee has reached by a day, by the convention of {@link #REMINDER_INTERVAL_DAYS}: 0 until
   * 14 days after the due day, 1 (first reminder) from then, 2 (second reminder) 14 days later, and 3 (court order
   * for payment or the Satzung's measures) 14 days after that.
   *
   * @param due the due day, moved by {@link #due}
   * @param day the day
   * @param interval the days between reminders, at least 1
   * @return 0 to 3
   * @throws IllegalArgumentException if the interval is below 1
   */
  public static int reminderLevel(LocalDate due, LocalDate day, int interval) {
    if (interval < 1) {
      throw new IllegalArgumentException("the interval must be at least 1 day, but was " + interval);
    }
    long late = ChronoUnit.DAYS.between(due, day);
    return late < interval ? 0 : (int) Math.min(3, late / interval);
  }

  /**
   * Which reminder a fee has reached by a day: the reminders the office recorded as received by then, or, where a
   * due day is fixed, the level {@link #reminderLevel(LocalDate, LocalDate, int)} counts by convention, whichever is
   * higher, at most 3; 0 for a fee not in default.
   *
   * @param item the fee of one year
   * @param day the day
   * @param interval the days between reminders, at least 1
   * @return 0 to 3
   * @throws IllegalArgumentException if the interval is below 1
   */
  public static int reminderLevel(LedgerItem item, LocalDate day, int interval) {
    if (interval < 1) {
      throw new IllegalArgumentException("the interval must be at least 1 day, but was " + interval);
    }
    if (!item.isInDefaultOn(day)) {
      return 0;
    }
    long recorded = item.reminders().stream().filter(received -> !received.isAfter(day)).count();
    int byConvention = item.due().map(due -> reminderLevel(due, day, interval)).orElse(0);
    return (int) Math.min(3, Math.max(recorded, byConvention));
  }

  /**
   * The last day before a fee claim becomes time-barred: 31 December of the third year after the year it arose
   * (§§ 195, 199 Abs. 1 BGB), taking the year of the due day as moved by § 193 BGB. Where that move crosses the
   * new year, the earlier reading ({@link #limitationEndByNominalDay}) is open and reported beside it.
   *
   * @param due the due day, moved by {@link #due}
   * @return the last day the claim can be enforced without the debtor's plea of limitation
   */
  public static LocalDate limitationEnd(LocalDate due) {
    return LocalDate.of(due.getYear() + 3, 12, 31);
  }

  /**
   * The earlier reading of the limitation's end, where the nominal due day lies in the year before the moved one:
   * the claim arose in the nominal day's year.
   *
   * @param nominal the Satzung's due day before § 193 BGB moved it
   * @return 31 December of the third year after the nominal day's year
   */
  public static LocalDate limitationEndByNominalDay(LocalDate nominal) {
    return LocalDate.of(nominal.getYear() + 3, 12, 31);
  }

  /**
   * The last day the debtor may ask for a direct debit back without reason: eight weeks after the debit
   * (§ 675x Abs. 4 BGB); until then a collected fee is not final.
   *
   * @param debit the day of the debit
   * @return the last day of the refund window
   */
  public static LocalDate refundWindowEnds(LocalDate debit) {
    return debit.plus(REFUND_AUTHORISED);
  }

  /**
   * The last day the debtor may reclaim a direct debit made without a valid mandate: 13 months after the debit
   * (§ 676b Abs. 2 BGB).
   *
   * @param debit the day of the debit
   * @return the last day of the claim
   */
  public static LocalDate unauthorisedClaimEnds(LocalDate debit) {
    return debit.plus(REFUND_UNAUTHORISED);
  }

  /**
   * The last day a SEPA mandate may be used: 36 months after the due day of its last collection (or, never used,
   * after its signature); a collection due later needs a new mandate.
   *
   * @param lastUse the due day of the last collection, or the day the mandate was signed
   * @return the last due day still allowed
   */
  public static LocalDate mandateUsableUntil(LocalDate lastUse) {
    return lastUse.plus(MANDATE_UNUSED_LAPSE);
  }

  /**
   * The last day a mandate may be used: 36 months after the due day of its last collection, or after its signature
   * where it was never used ({@link #mandateUsableUntil(LocalDate)}).
   *
   * @param mandate the mandate
   * @return the last due day still allowed
   */
  public static LocalDate mandateUsableUntil(Mandate mandate) {
    return mandateUsableUntil(mandate.getLastCollection().orElse(mandate.getSignedOn()));
  }

  /**
   * The day a direct debit for a fee due on a day is collected: the due day, or the next TARGET day where TARGET2 is
   * closed on it (SEPA Core direct debits settle on TARGET days only).
   *
   * @param due the fee's due day, moved by {@link #due}
   * @return the collection day
   */
  public static LocalDate collectionDay(LocalDate due) {
    return TargetCalendar.onOrAfter(due);
  }
}
