package de.nextnetz.rules.law;

import de.nextnetz.domain.membership.DataRequest;
import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.domain.time.Periods;
import de.nextnetz.rules.Citation;
import java.time.LocalDate;
import java.time.Period;

/**
 * The law of personal data, each provision stated here once: how long the association keeps what it keeps about a
 * former member (§ 147 AO through the record duty of § 63 Abs. 3 AO, the dated {@link RetentionPeriods}; § 676b
 * Abs. 2 BGB for a mandate; §§ 195, 199 BGB for open claims), what it must erase or restrict once a period has run
 * (Art. 5 Abs. 1 lit. e, 17, 18 DSGVO; § 35 Abs. 3 BDSG), and by when it answers a person's request (Art. 12 Abs. 3
 * DSGVO, counted by Regulation (EEC, Euratom) No 1182/71). The rules, {@link Retention}, {@code next person} and
 * {@code next erase} ask here and never judge again.
 */
public final class PrivacyLaw {

  /** Art. 5 Abs. 1 lit. e, Art. 17 Abs. 1 lit. a DSGVO: data no longer needed are erased. */
  public static final Citation ERASURE = Citation.of("Art. 5 Abs. 1 lit. e, Art. 17 Abs. 1 lit. a DSGVO",
      "Die betroffene Person hat das Recht, … zu verlangen, dass sie betreffende personenbezogene Daten unverzüglich"
          + " gelöscht werden, … sofern … die personenbezogenen Daten für die Zwecke, für die sie erhoben … wurden,"
          + " nicht mehr notwendig sind.");

  /** Art. 6 Abs. 1 lit. b DSGVO: the membership is the basis while it lasts. */
  public static final Citation MEMBERSHIP = Citation.of("Art. 6 Abs. 1 lit. b DSGVO");

  /** Art. 17 Abs. 3 lit. b, Art. 6 Abs. 1 lit. c DSGVO; § 147 AO: records the tax law makes the association keep. */
  public static final Citation RETENTION = Citation.of("Art. 17 Abs. 3 lit. b, Art. 6 Abs. 1 lit. c DSGVO;"
      + " § 147 Abs. 1, 3, 4 AO; § 63 Abs. 3 AO");

  /** Art. 18 DSGVO; § 35 Abs. 3 BDSG: data kept only because a period runs are restricted, not erased. */
  public static final Citation RESTRICTION = Citation.of("Art. 18 DSGVO; § 35 Abs. 3 BDSG",
      "Einer Löschung stehen satzungsmäßige oder vertragliche Aufbewahrungsfristen entgegen.");

  /** § 676b Abs. 2 BGB: an unauthorised debit may be reclaimed for 13 months, so the mandate proves it. */
  public static final Citation MANDATE_PROOF = Citation.of("§ 676b Abs. 2 BGB; § 147 Abs. 1 Nr. 4 AO");

  /** §§ 195, 199 BGB with Art. 17 Abs. 3 lit. e DSGVO: what an open claim needs is kept until it is time-barred. */
  public static final Citation CLAIMS = Citation.of("Art. 17 Abs. 3 lit. e DSGVO; §§ 195, 199 Abs. 1 BGB");

  /**
   * § 58 Nr. 4 BGB with Art. 6 Abs. 1 lit. f DSGVO: the minutes and declarations of the association's organs are its
   * records; whether names in them must go later is open (money-and-tax reference, open point 8), so the library
   * keeps the records and replaces the name by a pseudonym when the rest of the person's data go.
   */
  public static final Citation RECORDS = Citation.of("§ 58 Nr. 4 BGB; Art. 6 Abs. 1 lit. f DSGVO");

  /** Art. 12 Abs. 3 DSGVO; Art. 3 Regulation (EEC, Euratom) No 1182/71: one month, extendable by two. */
  public static final Citation ANSWER = Citation.of("Art. 12 Abs. 3 DSGVO; Art. 3 VO (EWG, Euratom) Nr. 1182/71",
      "Der Verantwortliche stellt der betroffenen Person Informationen über die auf Antrag … ergriffenen Maßnahmen"
          + " unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang des Antrags zur Verfügung. Diese"
          + " Frist kann um weitere zwei Monate verlängert werden, wenn dies … erforderlich ist.");

  /**
   * Days after the end of a membership until contact data with no other basis are erased: 30. A convention of the
   * library (the DSGVO asks for "unverzüglich" once no longer needed and sets no number); set another with
   * {@link RetentionSettings#withGraceDays}.
   */
  public static final int CONTACT_GRACE_DAYS = 30;

  /** The month to answer a request (Art. 12 Abs. 3 Satz 1 DSGVO). */
  public static final Period ANSWER_PERIOD = Period.ofMonths(1);

  /** The month plus the two of an extension (Art. 12 Abs. 3 Satz 2 DSGVO). */
  public static final Period EXTENDED_ANSWER_PERIOD = Period.ofMonths(3);

  private PrivacyLaw() {}

  /**
   * The last day to answer a request: one month after its receipt (the same date in the next month, or that month's
   * last day where it has no such date), moved from a Saturday, Sunday or public holiday to the next working day
   * (Art. 3 Abs. 2 lit. c and Abs. 4 VO 1182/71).
   *
   * @param received the day the request arrived
   * @param holidays the public holidays at the controller's seat
   * @return the last day
   */
  public static LocalDate answerDue(LocalDate received, HolidayCalendar holidays) {
    return Periods.nextWorkingDay(received.plus(ANSWER_PERIOD), holidays);
  }

  /**
   * The last day to answer a request whose period was extended by two months (Art. 12 Abs. 3 Satz 2 DSGVO).
   *
   * @param received the day the request arrived
   * @param holidays the public holidays at the controller's seat
   * @return the last day
   */
  public static LocalDate extendedAnswerDue(LocalDate received, HolidayCalendar holidays) {
    return Periods.nextWorkingDay(received.plus(EXTENDED_ANSWER_PERIOD), holidays);
  }

  /**
   * The last day to answer a recorded request: the extended day where the office told the person of the extension
   * within the first month (Art. 12 Abs. 3 Satz 3 DSGVO), else the month's.
   *
   * @param request the request
   * @param holidays the public holidays at the controller's seat
   * @return the last day
   */
  public static LocalDate answerDue(DataRequest request, HolidayCalendar holidays) {
    LocalDate first = answerDue(request.getReceivedOn(), holidays);
    boolean extended = request.getExtendedOn().map(day -> !day.isAfter(first)).orElse(false);
    return extended ? extendedAnswerDue(request.getReceivedOn(), holidays) : first;
  }

  /**
   * The first day a reclaim of an unauthorised debit is no longer possible, so the least a mandate is kept: 13
   * months after the last debit (§ 676b Abs. 2 BGB).
   *
   * @param lastDebit the day of the last debit (or the day the mandate was signed, where it was never used)
   * @return the last day of the period
   */
  public static LocalDate mandateProofUntil(LocalDate lastDebit) {
    return lastDebit.plus(DuesLaw.REFUND_UNAUTHORISED);
  }
}
