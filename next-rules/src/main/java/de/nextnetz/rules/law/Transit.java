package de.nextnetz.rules.law;

import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.domain.time.Periods;
import de.nextnetz.rules.Message;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * When an invitation whose receipt is not recorded is taken to have been received. The BGB sets no such day: a
 * declaration is received when it reaches the recipient so that he can take note of it (§ 130 Abs. 1 BGB). The
 * default ({@link #DEFAULT}) borrows the statutory postal fictions and dates them: a letter counts as received on
 * the third day after posting until 31 December 2024 and on the fourth day from 1 January 2025
 * ({@link LawChanges#POSTAL_RECEIPT_THIRD_DAY}, {@link LawChanges#POSTAL_RECEIPT_FOURTH_DAY}), moved to the next
 * working day where that day is a Saturday, Sunday or public holiday; an e-mail, a fax or an electronic document
 * is received the day it is sent, taken as sent in business hours. A user who knows better sets fixed calendar days
 * ({@link #fixed}). Every finding that rests on the assumption states it ({@link #assumption}).
 */
public final class Transit {

  /** The dated postal fictions for letters, the day of sending for electronic forms. */
  public static final Transit DEFAULT = new Transit(-1, 0);

  private final int postDays;
  private final int electronicDays;

  private Transit(int postDays, int electronicDays) {
    this.postDays = postDays;
    this.electronicDays = electronicDays;
  }

  /**
   * Fixed calendar days in transit, not moved off weekends or holidays: for an association that knows how long its
   * letters take, or for a check that must reproduce an earlier assumption.
   *
   * @param postDays days for a letter
   * @param electronicDays days for an e-mail, a fax or an electronic document
   * @return the assumption
   * @throws IllegalArgumentException if a number is negative or above 30
   */
  public static Transit fixed(int postDays, int electronicDays) {
    if (postDays < 0 || postDays > 30 || electronicDays < 0 || electronicDays > 30) {
      throw new IllegalArgumentException("days in transit must be 0 to 30, but were " + postDays + " and " + electronicDays);
    }
    return new Transit(postDays, electronicDays);
  }

  /** {@return whether this is the dated default rather than fixed days} */
  public boolean isStatutory() {
    return postDays < 0;
  }

  /**
   * The day an invitation sent on a day in a form is taken as received.
   *
   * @param dispatched the day it was sent
   * @param form its form
   * @param holidays the public holidays at the recipients' place (the seat's Land is the usual assumption)
   * @return the day of receipt, never before the day of sending
   */
  public LocalDate receipt(LocalDate dispatched, DeclarationForm form, HolidayCalendar holidays) {
    return switch (form) {
      case LETTER, REGISTERED_LETTER -> isStatutory()
          ? Periods.nextWorkingDay(dispatched.plusDays(postalRow(dispatched).days()), holidays)
          : dispatched.plusDays(postDays);
      case EMAIL, FAX, QUALIFIED_ELECTRONIC_SIGNATURE -> dispatched.plusDays(electronicDays);
      case ORAL, PUBLICATION -> dispatched;
    };
  }

  /**
   * The last day an invitation in a form may be sent to be received by a day.
   *
   * @param receiptBy the last day of receipt
   * @param form its form
   * @param holidays the public holidays at the recipients' place
   * @return the latest day of sending whose receipt ({@link #receipt}) is not after {@code receiptBy}; for a letter
   *     under the dated default never a Sunday or public holiday, when no post is collected
   */
  public LocalDate latestDispatch(LocalDate receiptBy, DeclarationForm form, HolidayCalendar holidays) {
    LocalDate day = receiptBy;
    // Receipt grows with the day of sending, so the first day back from the receipt that arrives in time is the latest;
    // no assumption takes more than 30 days plus a run of holidays.
    for (int back = 0; back < 60 && receipt(day, form, holidays).isAfter(receiptBy); back++) {
      day = day.minusDays(1);
    }
    // A letter posted on a Sunday or public holiday is not collected that day: name the working day before.
    boolean letter = form == DeclarationForm.LETTER || form == DeclarationForm.REGISTERED_LETTER;
    while (letter && isStatutory() && (day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY || holidays.isPublicHoliday(day))) {
      day = day.minusDays(1);
    }
    return day;
  }

  /**
   * What the day of receipt of a form sent on a day rests on, for the finding that uses it.
   *
   * @param dispatched the day it was sent
   * @param form its form
   * @return e.g. "on the 4th day after posting, the next working day where that is a Saturday, Sunday or public
   *     holiday (as § 122 Abs. 2 Nr. 1 AO from 1 January 2025)"
   */
  public Message assumption(LocalDate dispatched, DeclarationForm form) {
    PostalRow row = postalRow(dispatched);
    return switch (form) {
      case LETTER, REGISTERED_LETTER -> isStatutory()
          ? Message.builtIn("transit.POST", Map.of("days", row.days(), "source", row.change().citation().source()))
          : Message.builtIn("transit.FIXED", Map.of("days", postDays));
      case EMAIL, FAX, QUALIFIED_ELECTRONIC_SIGNATURE -> isStatutory() && electronicDays == 0
          ? Message.builtIn("transit.ELECTRONIC", Map.of())
          : Message.builtIn("transit.FIXED", Map.of("days", electronicDays));
      case ORAL, PUBLICATION -> Message.builtIn("transit.NONE", Map.of());
    };
  }

  private static PostalRow postalRow(LocalDate dispatched) {
    return LawChanges.POSTAL_RECEIPT_FOURTH_DAY.inForceOn(dispatched)
        ? new PostalRow(LawChanges.POSTAL_RECEIPT_FOURTH_DAY, 4)
        : new PostalRow(LawChanges.POSTAL_RECEIPT_THIRD_DAY, 3);
  }

  /** A dated row of the postal fiction with its number of days, stated together. */
  private record PostalRow(LawChange change, int days) {}

  @Override
  public boolean equals(Object other) {
    return other instanceof Transit that && postDays == that.postDays && electronicDays == that.electronicDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(postDays, electronicDays);
  }

  /** {@return e.g. {@code Transit[dated postal fictions, electronic 0 days]} or {@code Transit[post 3, electronic 1]}} */
  @Override
  public String toString() {
    return isStatutory() ? "Transit[dated postal fictions, electronic " + electronicDays + " days]"
        : "Transit[post " + postDays + ", electronic " + electronicDays + "]";
  }
}
