package de.nextnetz.test;

import de.nextnetz.rules.Outcome;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one rule's {@link Outcome}. */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {

  OutcomeAssert(Outcome actual) {
    super(actual, OutcomeAssert.class);
  }

  /**
   * Asserts that the rule names a fact as missing.
   *
   * @param fact the fact as the rule names it, e.g. {@code "/events (2025)"}
   * @return these assertions
   */
  public OutcomeAssert missing(String fact) {
    isNotNull();
    if (!actual.missingFacts().contains(fact)) {
      failWithMessage("Expected %s to name %s as missing, but it names %s.", actual.ruleId(), fact,
          actual.missingFacts().isEmpty() ? "nothing" : actual.missingFacts());
    }
    return this;
  }
}
