package de.nextnetz.rules.law;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.dues.MandateSequence;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.calendar.TargetCalendar;
import de.nextnetz.rules.Pointer;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A SEPA Core direct-debit run: what to collect on a day from whom, and every reason the run may not go to the bank.
 * For each member on the collection day who pays by direct debit, the fees open in the {@link Ledger} and due by
 * that day are collected in one debit under the member's mandate, as the first of a series ({@code FRST}), a
 * following one ({@code RCUR}) or a single one ({@code OOFF}). The run checks before anything is written, and a
 * writer refuses a run with problems as a whole (never a partial file): the creditor identifier and account, the
 * collection day a TARGET day, the file to the bank by the cut-off (D-1 by default), the pre-notification at least
 * the agreed days ahead (14 by default, SEPA Core rulebook), and each mandate signed, in force, not lapsed after 36
 * months unused, a single-use one not used before.
 *
 * @param collectionDay the day the money is due from the debtors (ReqdColltnDt)
 * @param notifiedOn the day the pre-notifications go out
 * @param submittedOn the day the file goes to the bank
 * @param submitBy the last day the file may go to the bank
 * @param debits the debits, in the order of the members
 * @param problems every reason the run may not be submitted; empty for a run the writer accepts
 */
public record DirectDebitRun(LocalDate collectionDay, LocalDate notifiedOn, LocalDate submittedOn, LocalDate submitBy,
    List<Debit> debits, List<Problem> problems) {

  /** The days of pre-notification where the mandate or Satzung agrees no other: 14 (SEPA Core rulebook). */
  public static final int PRE_NOTIFICATION_DAYS = 14;

  /** TARGET days before the collection day the file must reach the bank: one (D-1) unless the bank asks more. */
  public static final int CUT_OFF_DAYS = 1;

  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

  /**
   * Keeps the values.
   *
   * @param collectionDay the collection day
   * @param notifiedOn the pre-notification day
   * @param submittedOn the submission day
   * @param submitBy the last submission day
   * @param debits the debits
   * @param problems the problems
   */
  public DirectDebitRun {
    Objects.requireNonNull(collectionDay, "collectionDay");
    Objects.requireNonNull(notifiedOn, "notifiedOn");
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(submitBy, "submitBy");
    debits = List.copyOf(debits);
    problems = List.copyOf(problems);
  }

  /** The sequence type of a debit (SeqTp). */
  public enum Sequence {
    /** The first of a series under a recurrent mandate. */
    FRST,
    /** A following one of a series. */
    RCUR,
    /** A single debit under a one-off mandate. */
    OOFF
  }

  /**
   * One debit.
   *
   * @param member the debtor
   * @param mandate the mandate it is collected under
   * @param sequence the sequence type
   * @param amount the amount, the fees open and due
   * @param years the fee years it collects
   * @param endToEndId the end-to-end id: the mandate reference without spaces and the collection day
   */
  public record Debit(Member member, Mandate mandate, Sequence sequence, Money amount, List<Year> years,
      String endToEndId) {

    /**
     * Keeps the values.
     *
     * @param member the debtor
     * @param mandate the mandate
     * @param sequence the sequence type
     * @param amount the amount
     * @param years the fee years
     * @param endToEndId the end-to-end id
     */
    public Debit {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(mandate, "mandate");
      Objects.requireNonNull(sequence, "sequence");
      Objects.requireNonNull(amount, "amount");
      years = List.copyOf(years);
      Objects.requireNonNull(endToEndId, "endToEndId");
    }
  }

  /**
   * Why a run may not go to the bank.
   *
   * @param path the JSON Pointer of what is wrong in the document, empty for the run's days
   * @param message what is wrong, in the language asked for
   */
  public record Problem(String path, Message message) {

    /**
     * Keeps the values.
     *
     * @param path the place
     * @param message the message
     */
    public Problem {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }
  }

  /** {@return the sum of the debits} */
  public Money total() {
    Money total = Money.ofCents(0, Money.EUR);
    for (Debit debit : debits) {
      total = total.plus(debit.amount());
    }
    return total;
  }

  /**
   * Plans a run with the default pre-notification (14 days) and cut-off (D-1).
   *
   * @param association the association
   * @param collectionDay the collection day
   * @param today the day the pre-notifications and the file go out
   * @return the run, with its problems
   */
  public static DirectDebitRun plan(Association association, LocalDate collectionDay, LocalDate today) {
    return plan(association, collectionDay, today, today, PRE_NOTIFICATION_DAYS, CUT_OFF_DAYS);
  }

  /**
   * Plans a run.
   *
   * @param association the association
   * @param collectionDay the collection day
   * @param notifiedOn the day the pre-notifications go out
   * @param submittedOn the day the file goes to the bank
   * @param preNotificationDays the days of pre-notification agreed, at least 1
   * @param cutOffDays the TARGET days the bank needs the file before the collection day, at least 1
   * @return the run, with its problems
   * @throws IllegalArgumentException if a number of days is below 1
   */
  public static DirectDebitRun plan(Association association, LocalDate collectionDay, LocalDate notifiedOn,
      LocalDate submittedOn, int preNotificationDays, int cutOffDays) {
    if (preNotificationDays < 1) {
      throw new IllegalArgumentException("the pre-notification days must be at least 1, but were "
          + preNotificationDays);
    }
    List<Problem> problems = new ArrayList<>();
    LocalDate submitBy = TargetCalendar.businessDaysBefore(collectionDay, cutOffDays);
    Optional<Dues> dues = association.getDues();
    if (dues.isEmpty()) {
      problems.add(problem("", "sepa.noDues", Map.of()));
    } else {
      if (dues.get().getCreditorId().isEmpty()) {
        problems.add(problem("/dues", "sepa.noCreditorId", Map.of()));
      }
      if (dues.get().getAccount().isEmpty()) {
        problems.add(problem("/dues", "sepa.noAccount", Map.of()));
      }
    }
    if (!TargetCalendar.isBusinessDay(collectionDay)) {
      problems.add(problem("", "sepa.notTargetDay", Map.of("day", collectionDay,
          "next", TargetCalendar.onOrAfter(collectionDay))));
    }
    if (submittedOn.isAfter(submitBy)) {
      problems.add(problem("", "sepa.submissionLate", Map.of("day", collectionDay, "submitBy", submitBy,
          "submittedOn", submittedOn, "days", cutOffDays)));
    }
    LocalDate latestNotice = collectionDay.minusDays(preNotificationDays);
    if (notifiedOn.isAfter(latestNotice)) {
      problems.add(problem("", "sepa.preNotificationLate", Map.of("day", collectionDay, "latest", latestNotice,
          "notifiedOn", notifiedOn, "days", preNotificationDays, "earliest",
          TargetCalendar.onOrAfter(notifiedOn.plusDays(preNotificationDays)))));
    }
    List<Debit> debits = new ArrayList<>();
    Optional<Ledgers> ledgers = Ledgers.of(association, collectionDay);
    List<Member> members = association.getMembers();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      if (!member.paysByDirectDebit()
          || !member.isMemberOn(collectionDay) || ledgers.isEmpty()) {
        continue;
      }
      Money amount = Money.ofCents(0, Money.EUR);
      List<Year> years = new ArrayList<>();
      for (LedgerItem item : ledgers.get().get(member.getId()).openItems()) {
        if (item.due().map(due -> !due.isAfter(collectionDay)).orElse(!item.arises().isAfter(collectionDay))) {
          amount = amount.plus(item.open());
          years.add(item.year());
        }
      }
      if (amount.isZero()) {
        continue;
      }
      String path = Pointer.to("members", i);
      Map<String, Object> who = Map.of("member", member.getName());
      if (member.getMandate().isEmpty()) {
        problems.add(problem(path, "sepa.noMandate", who));
        continue;
      }
      Mandate mandate = member.getMandate().get();
      if (!mandate.isInForceOn(collectionDay)) {
        problems.add(problem(path + "/mandate", "sepa.mandateNotInForce", who));
        continue;
      }
      LocalDate usableUntil = DuesLaw.mandateUsableUntil(mandate);
      if (collectionDay.isAfter(usableUntil)) {
        problems.add(problem(path + "/mandate", "sepa.mandateLapsed", Map.of("member", member.getName(),
            "reference", mandate.getReference(), "usableUntil", usableUntil)));
        continue;
      }
      if (mandate.getSequence() == MandateSequence.ONE_OFF && mandate.getLastCollection().isPresent()) {
        problems.add(problem(path + "/mandate", "sepa.oneOffUsed", Map.of("member", member.getName(),
            "reference", mandate.getReference(), "used", mandate.getLastCollection().get())));
        continue;
      }
      Sequence sequence = mandate.getSequence() == MandateSequence.ONE_OFF ? Sequence.OOFF
          : mandate.getLastCollection().isPresent() ? Sequence.RCUR : Sequence.FRST;
      String endToEnd = mandate.getReference().replace(" ", "") + "-" + COMPACT.format(collectionDay);
      debits.add(new Debit(member, mandate, sequence, amount, years,
          endToEnd.length() > 35 ? endToEnd.substring(endToEnd.length() - 35) : endToEnd));
    }
    return new DirectDebitRun(collectionDay, notifiedOn, submittedOn, submitBy, debits, problems);
  }

  private static Problem problem(String path, String key, Map<String, ?> parameters) {
    return new Problem(path, Message.builtIn(key, parameters));
  }
}
