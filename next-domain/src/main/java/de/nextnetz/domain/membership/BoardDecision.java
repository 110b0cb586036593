package de.nextnetz.domain.membership;

import java.time.LocalDate;
import org.immutables.value.Value;

/** Freigabe durch den Vorstand: the board's decision on an application. */
@Value.Immutable
public interface BoardDecision {

  /** {@return the day of the decision} */
  LocalDate getDate();

  /** {@return the outcome} */
  DecisionOutcome getOutcome();

  /**
   * Creates an approval.
   *
   * @param date the day of the decision
   * @return the decision
   */
  static BoardDecision approvedOn(LocalDate date) {
    return ImmutableBoardDecision.builder().date(date).outcome(DecisionOutcome.APPROVED).build();
  }

  /**
   * Creates a rejection.
   *
   * @param date the day of the decision
   * @return the decision
   */
  static BoardDecision rejectedOn(LocalDate date) {
    return ImmutableBoardDecision.builder().date(date).outcome(DecisionOutcome.REJECTED).build();
  }
}
