package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;

/** The day a tax return the office asked for is due, as a deadline. The judgement is shared with the related rules of {@link TaxReturn}. */
final class TaxReturnDue extends TaxReturn {

  static final RuleDefinition DEFINITION = RuleDefinition.of("TAX_RETURN_DUE", Severity.INFO, TaxLaw.RETURN);

  TaxReturnDue() {
    super(false, DEFINITION);
  }
}
