package de.nextnetz.rules.tax;

import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;

/** A tax return asked for and not filed by its day. The judgement is shared with the related rules of {@link TaxReturn}. */
final class TaxReturnOverdue extends TaxReturn {

  static final RuleDefinition DEFINITION = RuleDefinition.of("TAX_RETURN_OVERDUE", Severity.WARNING,
      TaxLaw.RETURN);

  TaxReturnOverdue() {
    super(true, DEFINITION);
  }
}
