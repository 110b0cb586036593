package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/** A reserve resolved after the period of use of its inflows. The judgement is shared with the related rules of {@link Reserves}. */
public final class ReserveFormedLate extends Reserves {

  /** The id {@code RESERVE_FORMED_LATE}, severity and citation. */
  public static final RuleDefinition DEFINITION = RuleDefinition.of("RESERVE_FORMED_LATE", Severity.ERROR,
      TaxLaw.RESERVE_DEADLINE);

  /** Creates the rule. */
  public ReserveFormedLate() {
    super(Kind.FORMED_LATE, DEFINITION, TaxThresholds.DEFAULT);
  }
}
