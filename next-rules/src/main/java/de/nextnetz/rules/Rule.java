package de.nextnetz.rules;

import java.util.Optional;

/**
 * A check of one subject (an association, a municipality's portfolio) as of a day: a pure function
 * of the subject and a {@link CheckContext}. Implementations are small, immutable, final classes
 * named after their id ({@code BoardElectionOverdue} for {@code BOARD_ELECTION_OVERDUE}) that read
 * no clock and keep no state, so one {@link RuleEngine} can share them across threads.
 *
 * <p>A rule that knows when something falls due says so in its outcome ({@link
 * Outcome.Builder#deadline}); the deadline listing only collects what the rules say.
 *
 * @param <T> what the rule checks
 */
public interface Rule<T> {

  /** {@return the id, default severity and citation of the rule} */
  RuleDefinition definition();

  /**
   * Checks a subject.
   *
   * @param subject what is checked, a complete snapshot
   * @param context the day and, for statute checks, the statute version in force on it
   * @return the outcome, of this rule's id; never {@code null}
   */
  Outcome check(T subject, CheckContext context);

  /** {@return the stable id} */
  default RuleId id() {
    return definition().id();
  }

  /** {@return the clause the rule implements} */
  default Citation citation() {
    return definition().citation();
  }

  /**
   * The reminder this rule sets for the deadlines of a rule (its own or another's): a rule that warns ahead of
   * a deadline states its lead time here, and the engine gives every deadline of that rule this lead time
   * ({@link Deadline#leadDays()}), so a calendar reminds when the warning begins. {@code
   * BOARD_TERM_EXPIRING_SOON} sets its lead time for the deadline of {@code BOARD_ELECTION_OVERDUE}.
   *
   * @return the reminder; empty by default
   */
  default Optional<Reminder> reminder() {
    return Optional.empty();
  }

  /**
   * How many days ahead to remind of the deadlines of a rule.
   *
   * @param deadlinesOf the rule whose deadlines it concerns
   * @param leadDays the days before the due day, at least 0
   */
  record Reminder(RuleId deadlinesOf, int leadDays) {

    /**
     * Checks the reminder.
     *
     * @param deadlinesOf the rule
     * @param leadDays the days
     * @throws IllegalArgumentException if the lead time is negative
     */
    public Reminder {
      java.util.Objects.requireNonNull(deadlinesOf, "deadlinesOf");
      if (leadDays < 0) {
        throw new IllegalArgumentException("lead days must not be negative, but were " + leadDays);
      }
    }
  }

  /** {@return the severity of the rule's findings unless a case makes it another} */
  default Severity defaultSeverity() {
    return definition().defaultSeverity();
  }
}
