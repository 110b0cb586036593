package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** A reserve resolved after the period of use of its inflows. The judgement is shared with the related rules of {@link Reserves}. */
final class ReserveFormedLate extends Reserves {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RESERVE_FORMED_LATE", Severity.ERROR,
      TaxLaw.RESERVE_DEADLINE);

  ReserveFormedLate() {
    super(Kind.FORMED_LATE, DEFINITION, TaxThresholds.DEFAULT);
  }
}
