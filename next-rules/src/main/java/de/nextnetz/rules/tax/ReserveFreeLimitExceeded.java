package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** A year's free reserve above its limit and the room caught up from the two years before. The judgement is shared with the related rules of {@link Reserves}. */
final class ReserveFreeLimitExceeded extends Reserves {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RESERVE_FREE_LIMIT_EXCEEDED", Severity.ERROR,
      TaxLaw.FREE_RESERVE);

  ReserveFreeLimitExceeded() {
    super(Kind.FREE_LIMIT, DEFINITION, TaxThresholds.DEFAULT);
  }
}
