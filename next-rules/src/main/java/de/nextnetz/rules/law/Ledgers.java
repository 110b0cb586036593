package de.nextnetz.rules.law;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.dues.FeeDemand;
import de.nextnetz.domain.dues.Payment;
import de.nextnetz.domain.dues.WriteOff;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.municipal.FeeProration;
import de.nextnetz.domain.statute.Fee;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.rules.calendar.PublicHolidays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The members' {@link Ledger}s on a day, computed from the Satzung and the recorded {@link Dues}: for each year
 * from the start of recording (and of the membership) to the day, the fee the Satzung version in force then sets
 * (the member's own annual fee where recorded, else the fee of its kind), prorated in the first and last year as
 * the Satzung says ({@link StatuteVersion#getFeeProration()}, the whole year where it is silent), due on the
 * Satzung's day moved by § 193 BGB (a member who joins after that day owes the year's fee from joining) or, where the
 * Satzung counts days to pay from the invoice, that many days after the first invoice was received; in default from
 * the day after, or without a due day from the day after the first reminder received (§ 286 BGB); then the
 * write-offs and payments up to the day, matched deterministically in the order of their days: a payment that names
 * its year settles that year first (§ 366 Abs. 1 BGB), the rest the oldest open year first (§ 366 Abs. 2 BGB: the
 * debt due first), and what remains is credit; and the default interest from {@link DuesLaw}.
 *
 * <pre>{@code
 * Optional<Ledgers> ledgers = Ledgers.of(association, LocalDate.of(2026, 12, 1));
 * ledgers.ifPresent(all -> all.get("m07").openItems().forEach(System.out::println));
 * }</pre>
 */
public final class Ledgers {

  private final LocalDate asOf;
  private final List<Ledger> ledgers;
  private final Map<String, Ledger> byMember;

  private Ledgers(LocalDate asOf, List<Ledger> ledgers) {
    this.asOf = asOf;
    this.ledgers = List.copyOf(ledgers);
    Map<String, Ledger> index = new HashMap<>();
    for (Ledger ledger : this.ledgers) {
      index.putIfAbsent(ledger.member().getId(), ledger);
    }
    this.byMember = Map.copyOf(index);
  }

  /**
   * The ledgers with the default base rates and the five points of § 288 Abs. 1 BGB.
   *
   * @param association the association
   * @param asOf the day
   * @return one ledger per member in the order of {@link Association#getMembers()}, or empty if the association
   *     records no dues
   */
  public static Optional<Ledgers> of(Association association, LocalDate asOf) {
    return of(association, asOf, BaseRates.DEFAULT, DuesLaw.INTEREST_MARGIN);
  }

  /**
   * The ledgers with a base-rate table and an interest margin of the user's choice.
   *
   * @param association the association
   * @param asOf the day
   * @param rates the base rates (§ 247 BGB)
   * @param margin the points above the base rate, e.g. {@link DuesLaw#INTEREST_MARGIN}
   * @return one ledger per member, or empty if the association records no dues
   */
  public static Optional<Ledgers> of(Association association, LocalDate asOf, BaseRates rates, BigDecimal margin) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(margin, "margin");
    if (association.getDues().isEmpty()) {
      return Optional.empty();
    }
    Dues dues = association.getDues().get();
    HolidayCalendar holidays = PublicHolidays.atSeatOf(association);
    Map<String, List<Payment>> payments = new HashMap<>();
    for (Payment payment : dues.getPayments()) {
      if (!payment.getDay().isAfter(asOf)) {
        payments.computeIfAbsent(payment.getMemberId(), id -> new ArrayList<>()).add(payment);
      }
    }
    Map<String, List<FeeDemand>> demands = new HashMap<>();
    for (FeeDemand demand : dues.getDemands()) {
      if (!demand.getReceivedOn().isAfter(asOf)) {
        demands.computeIfAbsent(demand.getMemberId(), id -> new ArrayList<>()).add(demand);
      }
    }
    Map<String, List<WriteOff>> writeOffs = new HashMap<>();
    for (WriteOff writeOff : dues.getWriteOffs()) {
      if (!writeOff.getDay().isAfter(asOf)) {
        writeOffs.computeIfAbsent(writeOff.getMemberId(), id -> new ArrayList<>()).add(writeOff);
      }
    }
    List<Ledger> ledgers = new ArrayList<>();
    for (Member member : association.getMembers()) {
      ledgers.add(ledger(association, member, dues.getRecordedFrom(), asOf, holidays,
          payments.getOrDefault(member.getId(), List.of()), writeOffs.getOrDefault(member.getId(), List.of()),
          demands.getOrDefault(member.getId(), List.of()), rates, margin));
    }
    return Optional.of(new Ledgers(asOf, ledgers));
  }

  /** {@return the day of the ledgers} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return one ledger per member, in the order of the association's members} */
  public List<Ledger> all() {
    return ledgers;
  }

  /**
   * The ledger of one member.
   *
   * @param memberId the member's id
   * @return the ledger
   * @throws IllegalArgumentException if no member has the id
   */
  public Ledger get(String memberId) {
    Ledger ledger = byMember.get(memberId);
    if (ledger == null) {
      throw new IllegalArgumentException("no member has the id " + memberId);
    }
    return ledger;
  }

  /**
   * The ledger of one member alone, on the same day, e.g. to write it as a document of its own.
   *
   * @param memberId the member's id
   * @return the ledgers holding only that member's
   * @throws IllegalArgumentException if no member has the id
   */
  public Ledgers only(String memberId) {
    return new Ledgers(asOf, List.of(get(memberId)));
  }

  private static Ledger ledger(Association association, Member member, LocalDate recordedFrom, LocalDate asOf,
      HolidayCalendar holidays, List<Payment> payments, List<WriteOff> writeOffs, List<FeeDemand> demands,
      BaseRates rates, BigDecimal margin) {
    List<Draft> drafts = new ArrayList<>();
    int last = member.getEnd().map(LocalDate::getYear).orElse(asOf.getYear());
    for (int year = member.getStart().getYear(); year <= Math.min(last, asOf.getYear()); year++) {
      draft(association, member, year, recordedFrom, asOf, holidays, demands).ifPresent(drafts::add);
    }
    Map<Year, Draft> byYear = new HashMap<>();
    drafts.forEach(draft -> byYear.put(draft.year, draft));
    for (WriteOff writeOff : writeOffs) {
      Draft draft = byYear.get(writeOff.getFeeYear());
      if (draft != null) {
        Money room = draft.open();
        Money applied = min(room, writeOff.getAmount());
        if (!applied.isZero()) {
          draft.writtenOff = draft.writtenOff.plus(applied);
          draft.settle(writeOff.getDay());
        }
      }
    }
    List<Payment> ordered = new ArrayList<>(payments);
    ordered.sort(Comparator.comparing(Payment::getDay).thenComparing(Payment::getId));
    Money received = Money.ofCents(0, Money.EUR);
    Money credit = Money.ofCents(0, Money.EUR);
    for (Payment payment : ordered) {
      received = received.plus(payment.getAmount());
      Money remaining = payment.getAmount();
      if (payment.getFeeYear().isPresent() && byYear.containsKey(payment.getFeeYear().get())) {
        remaining = byYear.get(payment.getFeeYear().get()).apply(payment.getDay(), remaining);
      }
      for (Draft draft : drafts) {
        if (remaining.isZero()) {
          break;
        }
        remaining = draft.apply(payment.getDay(), remaining);
      }
      credit = credit.plus(remaining);
    }
    List<LedgerItem> items = new ArrayList<>();
    for (Draft draft : drafts) {
      items.add(draft.item(asOf, rates, margin));
    }
    return new Ledger(member, items, received, credit);
  }

  private static Optional<Draft> draft(Association association, Member member, int year, LocalDate recordedFrom,
      LocalDate asOf, HolidayCalendar holidays, List<FeeDemand> demands) {
    LocalDate arises = LocalDate.of(year, 1, 1).isBefore(member.getStart()) ? member.getStart()
        : LocalDate.of(year, 1, 1);
    if (arises.isAfter(asOf)) {
      return Optional.empty();
    }
    Optional<StatuteVersion> version = association.statuteOn(arises);
    if (version.isEmpty()) {
      return Optional.empty();
    }
    Optional<Money> annual = annualFee(member, version.get());
    if (annual.isEmpty() || !annual.get().currency().equals(Money.EUR) || annual.get().isZero()) {
      return Optional.empty();
    }
    List<LocalDate> invoices = new ArrayList<>();
    List<LocalDate> reminders = new ArrayList<>();
    for (FeeDemand demand : demands) {
      if (demand.getFeeYear().getValue() == year) {
        (demand.getKind() == FeeDemand.Kind.INVOICE ? invoices : reminders).add(demand.getReceivedOn());
      }
    }
    invoices.sort(Comparator.naturalOrder());
    reminders.sort(Comparator.naturalOrder());
    Optional<LocalDate> invoiceReceived = version.get().getFeePaymentDays().isPresent() && !invoices.isEmpty()
        ? Optional.of(invoices.get(0)) : Optional.empty();
    Optional<LocalDate> nominal = version.get().getFeeDueDay().map(day -> latest(day, year, arises))
        .or(() -> invoiceReceived.map(received -> later(
            DuesLaw.lastDayToPay(received, version.get().getFeePaymentDays().orElseThrow()), arises)));
    Optional<LocalDate> due = nominal.map(day -> DuesLaw.due(day, holidays));
    // Without a due day, the first reminder received once the fee is owed puts the member in default (§ 286 Abs. 1).
    Optional<LocalDate> defaultFrom = due.isPresent() ? due.map(DuesLaw::defaultFrom)
        : reminders.stream().filter(day -> !day.isBefore(arises)).findFirst().map(DuesLaw::defaultFromReminder);
    if ((due.isPresent() ? due.get() : arises).isBefore(recordedFrom)) {
      return Optional.empty();
    }
    FeeProration proration = proration(version.get());
    boolean starts = member.getStart().getYear() == year && member.getStart().getDayOfYear() > 1;
    boolean ends = member.getEnd().map(end -> end.getYear() == year && !end.equals(LocalDate.of(year, 12, 31)))
        .orElse(false);
    Money fee = annual.get();
    if ((starts || ends) && proration == FeeProration.NONE) {
      return Optional.empty();
    }
    if ((starts || ends) && proration == FeeProration.MONTHS) {
      int from = starts ? member.getStart().getMonthValue() : 1;
      int to = ends ? member.getEnd().orElseThrow().getMonthValue() : 12;
      fee = Money.of(fee.getAmount().multiply(BigDecimal.valueOf(to - from + 1L))
          .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP), Money.EUR);
    }
    return Optional.of(new Draft(Year.of(year), fee, !fee.equals(annual.get()), arises, nominal, due,
        invoiceReceived, reminders, defaultFrom));
  }

  /**
   * The annual fee a member owes under a Satzung version: the member's own fee where recorded (e.g. set by a
   * resolution), else the fee the version sets for the member's kind.
   *
   * @param member the member
   * @param version the Satzung version
   * @return the annual fee, if either is known
   */
  public static Optional<Money> annualFee(Member member, StatuteVersion version) {
    return member.getAnnualFee().or(() -> version.feeFor(member.getKind()).map(Fee::getAnnualAmount));
  }

  private static LocalDate latest(MonthDay day, int year, LocalDate arises) {
    LocalDate nominal = day.atYear(year);
    return nominal.isBefore(arises) ? arises : nominal;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? b : a;
  }

  private static Money min(Money a, Money b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** One year's fee while payments are matched. */
  private static final class Draft {
    final Year year;
    final Money fee;
    final boolean prorated;
    final LocalDate arises;
    final Optional<LocalDate> nominal;
    final Optional<LocalDate> due;
    final Optional<LocalDate> invoiceReceived;
    final List<LocalDate> reminders;
    final Optional<LocalDate> defaultFrom;
    Money paid = Money.ofCents(0, Money.EUR);
    Money writtenOff = Money.ofCents(0, Money.EUR);
    Optional<LocalDate> settledOn = Optional.empty();
    final List<LocalDate> days = new ArrayList<>();
    final List<Money> amounts = new ArrayList<>();

    Draft(Year year, Money fee, boolean prorated, LocalDate arises, Optional<LocalDate> nominal,
        Optional<LocalDate> due, Optional<LocalDate> invoiceReceived, List<LocalDate> reminders,
        Optional<LocalDate> defaultFrom) {
      this.year = year;
      this.fee = fee;
      this.prorated = prorated;
      this.arises = arises;
      this.nominal = nominal;
      this.due = due;
      this.invoiceReceived = invoiceReceived;
      this.reminders = reminders;
      this.defaultFrom = defaultFrom;
    }

    Money open() {
      return fee.minus(paid).minus(writtenOff);
    }

    /** Applies what it can of an amount paid on a day; returns the rest. */
    Money apply(LocalDate day, Money amount) {
      Money applied = min(open(), amount);
      if (applied.isZero() || applied.isNegative()) {
        return amount;
      }
      paid = paid.plus(applied);
      days.add(day);
      amounts.add(applied);
      settle(day);
      return amount.minus(applied);
    }

    void settle(LocalDate day) {
      if (open().isZero() && settledOn.isEmpty()) {
        settledOn = Optional.of(day);
      }
    }

    LedgerItem item(LocalDate asOf, BaseRates rates, BigDecimal margin) {
      Interest interest = Interest.NONE;
      if (defaultFrom.isPresent()) {
        LocalDate cursor = defaultFrom.get();
        // The principal on a day is the fee less write-offs and the payments that arrived on or before that day.
        Money principal = fee.minus(writtenOff);
        int next = 0;
        while (next < days.size() && !days.get(next).isAfter(cursor)) {
          principal = principal.minus(amounts.get(next));
          next++;
        }
        while (!cursor.isAfter(asOf) && !principal.isZero() && !principal.isNegative()) {
          LocalDate end = next < days.size() && !days.get(next).minusDays(1).isAfter(asOf)
              ? days.get(next).minusDays(1) : asOf;
          interest = interest.plus(DuesLaw.interest(principal, cursor, end, rates, margin));
          cursor = end.plusDays(1);
          while (next < days.size() && !days.get(next).isAfter(cursor)) {
            principal = principal.minus(amounts.get(next));
            next++;
          }
        }
      }
      return new LedgerItem(year, fee, prorated, arises, nominal, due, invoiceReceived, reminders, defaultFrom, paid,
          writtenOff, settledOn, interest);
    }
  }

  /**
   * How much of the annual fee a version asks for the year a membership begins or ends: its own rule, else the
   * whole year (a convention; the Satzung decides, § 58 Nr. 2 BGB).
   *
   * @param version the statute version
   * @return the proration
   */
  static FeeProration proration(StatuteVersion version) {
    return version.getFeeProration().orElse(FeeProration.FULL_YEAR);
  }
}
