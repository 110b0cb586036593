package de.nextnetz.rules;

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

  /** {@return the severity of the rule's findings unless a case makes it another} */
  default Severity defaultSeverity() {
    return definition().defaultSeverity();
  }
}
