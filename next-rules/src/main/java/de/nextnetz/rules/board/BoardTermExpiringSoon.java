package de.nextnetz.rules.board;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The deadline for re-electing the board is near: at most the lead time (90 days unless set) lies
 * between the day of the check and the deadline, the deadline day included. Citation: the clause of the
 * statute version that sets the board's term, from the association's data. A WARNING with the deadline as
 * due date.
 */
final class BoardTermExpiringSoon extends BoardTermRule {

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("BOARD_TERM_EXPIRING_SOON", Severity.WARNING, BoardCitations.TERM_RULE);

  /** The lead time unless another is set. */
  static final int DEFAULT_LEAD_DAYS = 90;

  private final int leadDays;

  BoardTermExpiringSoon() {
    this(DEFAULT_LEAD_DAYS);
  }

  /**
   * Creates the rule with a lead time.
   *
   * @param leadDays how many days before the deadline to warn, at least 0
   * @throws IllegalArgumentException if the lead time is negative
   */
  BoardTermExpiringSoon(int leadDays) {
    super(DEFINITION);
    if (leadDays < 0) {
      throw new IllegalArgumentException("lead days must not be negative, but was " + leadDays);
    }
    this.leadDays = leadDays;
  }

  /** {@return the lead time in days} */
  public int leadDays() {
    return leadDays;
  }

  /** {@return the lead time, as the reminder of the re-election deadline of {@code BOARD_ELECTION_OVERDUE}} */
  @Override
  public Optional<Reminder> reminder() {
    return Optional.of(new Reminder(BoardElectionOverdue.DEFINITION.id(), leadDays));
  }

  @Override
  Outcome check(Association association, CheckContext context, Elections.Term term) {
    LocalDate due = term.dueBy();
    long daysLeft = ChronoUnit.DAYS.between(context.asOf(), due);
    if (daysLeft < 0) {
      return Outcome.notApplicable(DEFINITION.id());
    }
    if (daysLeft > leadDays) {
      return Outcome.satisfied(DEFINITION.id());
    }
    return Outcome.violated(Finding.builder(this, "/board")
        .citation(BoardCitations.term(context.statute()))
        .fact("lastElection", term.lastElection())
        .fact("dueBy", due)
        .fact("counting", context.statute().reElectionCounting())
        .fact("daysLeft", daysLeft)
        .fact("leadDays", leadDays)
        .dueDate(due)
        .build());
  }
}
