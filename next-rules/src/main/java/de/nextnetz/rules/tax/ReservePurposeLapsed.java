package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** A reserve with a reason kept after the reason ended. The judgement is shared with the related rules of {@link Reserves}. */
final class ReservePurposeLapsed extends Reserves {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RESERVE_PURPOSE_LAPSED", Severity.WARNING,
      TaxLaw.RESERVE_LAPSE);

  ReservePurposeLapsed() {
    super(Kind.PURPOSE_LAPSED, DEFINITION, TaxThresholds.DEFAULT);
  }
}
