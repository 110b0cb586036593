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
    return builder().date(date).outcome(DecisionOutcome.APPROVED).build();
  }

  /**
   * Creates a rejection.
   *
   * @param date the day of the decision
   * @return the decision
   */
  static BoardDecision rejectedOn(LocalDate date) {
    return builder().date(date).outcome(DecisionOutcome.REJECTED).build();
  }

  /** {@return a new builder; {@code build()} throws {@link IllegalStateException} if a required value is missing} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's properties, for a changed copy:
   * {@code value.toBuilder().…(…).build()}; the value itself stays unchanged.
   *
   * @return a new builder, filled from this value
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link BoardDecision}. */
  final class Builder extends ImmutableBoardDecision.Builder {
    /** Creates an empty builder, as {@link BoardDecision#builder()} does. */
    public Builder() {}
  }
}
