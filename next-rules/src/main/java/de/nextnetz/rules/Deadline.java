package de.nextnetz.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Something that is due by a day, as a rule states it in its outcome: what (a message), by when,
 * where in the subject, under which rule and clause, and whether the day had passed on the day the
 * rule judged (or, in a listing, before the listing's first day).
 *
 * @param dueBy the last day on which it is in time
 * @param ruleId the rule the deadline comes from
 * @param citation the clause behind the deadline
 * @param path where in the subject, as a JSON Pointer
 * @param message what is due
 * @param overdue whether the day had passed
 * @param leadDays how many days ahead to remind of it (a calendar's alarm): the lead time of the rule that warns
 *     of it ({@link Rule#reminder()}), else {@value #DEFAULT_LEAD_DAYS}
 */
public record Deadline(LocalDate dueBy, RuleId ruleId, Citation citation, String path, Message message,
    boolean overdue, int leadDays) {

  /** The reminder, in days before the due day, of a deadline that no rule states a lead time for. */
  public static final int DEFAULT_LEAD_DAYS = 14;

  /** The order of every listing: by due day, then rule, then path. */
  public static final java.util.Comparator<Deadline> ORDER = java.util.Comparator.comparing(Deadline::dueBy)
      .thenComparing(Deadline::ruleId)
      .thenComparing(Deadline::path, Pointer.ORDER);

  /**
   * Checks that nothing is missing.
   *
   * @param dueBy the last day on which it is in time
   * @param ruleId the rule the deadline comes from
   * @param citation the clause behind the deadline
   * @param path where in the subject, as a JSON Pointer
   * @param message what is due
   * @param overdue whether the day had passed
   * @param leadDays how many days ahead to remind of it
   * @throws IllegalArgumentException if the lead time is negative
   */
  public Deadline {
    Objects.requireNonNull(dueBy, "dueBy");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (leadDays < 0) {
      throw new IllegalArgumentException("lead days must not be negative, but were " + leadDays);
    }
  }

  /**
   * A deadline with the default lead time of {@value #DEFAULT_LEAD_DAYS} days.
   *
   * @param dueBy the last day on which it is in time
   * @param ruleId the rule the deadline comes from
   * @param citation the clause behind the deadline
   * @param path where in the subject, as a JSON Pointer
   * @param message what is due
   * @param overdue whether the day had passed
   */
  public Deadline(LocalDate dueBy, RuleId ruleId, Citation citation, String path, Message message, boolean overdue) {
    this(dueBy, ruleId, citation, path, message, overdue, DEFAULT_LEAD_DAYS);
  }

  /**
   * The same deadline with another lead time.
   *
   * @param days how many days ahead to remind of it, at least 0
   * @return the deadline
   * @throws IllegalArgumentException if the lead time is negative
   */
  public Deadline withLeadDays(int days) {
    return new Deadline(dueBy, ruleId, citation, path, message, overdue, days);
  }

  /**
   * A deadline of a rule, judged on a day.
   *
   * @param rule the rule
   * @param path where in the subject
   * @param dueBy the last day on which it is in time
   * @param message what is due
   * @param asOf the day of the check: the deadline is overdue if it lies before
   * @return the deadline
   */
  public static Deadline of(Rule<?> rule, String path, LocalDate dueBy, Message message, LocalDate asOf) {
    return new Deadline(dueBy, rule.id(), rule.citation(), path, message, dueBy.isBefore(asOf));
  }

  /**
   * A deadline of a rule under a clause of the association's statute, judged on a day.
   *
   * @param rule the rule
   * @param citation the clause that sets the deadline, e.g. the Satzung's clause on the rhythm of meetings
   * @param path where in the subject
   * @param dueBy the last day on which it is in time
   * @param message what is due
   * @param asOf the day of the check: the deadline is overdue if it lies before
   * @return the deadline
   */
  public static Deadline of(Rule<?> rule, Citation citation, String path, LocalDate dueBy, Message message,
      LocalDate asOf) {
    return new Deadline(dueBy, rule.id(), citation, path, message, dueBy.isBefore(asOf));
  }

  /**
   * The same deadline, overdue relative to another day.
   *
   * @param day the first day of a listing
   * @return the deadline, overdue if it lies before that day
   */
  public Deadline relativeTo(LocalDate day) {
    return new Deadline(dueBy, ruleId, citation, path, message, dueBy.isBefore(day), leadDays);
  }

  /**
   * Renders what is due.
   *
   * @param locale the language
   * @return the text
   */
  public String message(Locale locale) {
    return message.render(locale);
  }

  /** {@return e.g. {@code "2026-11-21 BOARD_ELECTION_OVERDUE: …"}} */
  @Override
  public String toString() {
    return dueBy + (overdue ? " (overdue) " : " ") + ruleId + ": " + message.render(Locale.ENGLISH);
  }
}
