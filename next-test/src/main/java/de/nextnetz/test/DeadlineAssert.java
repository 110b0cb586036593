package de.nextnetz.test;

import de.nextnetz.rules.Deadline;
import java.time.LocalDate;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one {@link Deadline}. */
public final class DeadlineAssert extends AbstractAssert<DeadlineAssert, Deadline> {

  DeadlineAssert(Deadline actual) {
    super(actual, DeadlineAssert.class);
  }

  /**
   * Asserts the last day.
   *
   * @param day the day by which it falls due
   * @return these assertions
   */
  public DeadlineAssert dueBy(LocalDate day) {
    isNotNull();
    if (!actual.dueBy().equals(day)) {
      failWithMessage("Expected %s due by %s, but it is due by %s.", actual.ruleId(), day, actual.dueBy());
    }
    return this;
  }

  /**
   * Asserts the JSON Pointer of what falls due.
   *
   * @param path e.g. {@code "/members"}
   * @return these assertions
   */
  public DeadlineAssert at(String path) {
    isNotNull();
    if (!actual.path().equals(path)) {
      failWithMessage("Expected the deadline of %s at %s, but it is at %s.", actual.ruleId(), path, actual.path());
    }
    return this;
  }

  /**
   * Asserts that the deadline has passed on the day of the check.
   *
   * @return these assertions
   */
  public DeadlineAssert isOverdue() {
    isNotNull();
    if (!actual.overdue()) {
      failWithMessage("Expected the deadline of %s (%s) to be overdue, but it is not.", actual.ruleId(), actual.dueBy());
    }
    return this;
  }
}
