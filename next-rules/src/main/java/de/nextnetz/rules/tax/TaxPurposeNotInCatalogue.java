package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.domain.tax.TaxPurpose;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/**
 * Each purpose maps to a number of the § 52 Abs. 2 Satz 1 AO catalogue (1 to 26; the catalogue is closed, Satz 2
 * opens it only by the tax authority's declaration). One ERROR per purpose without a valid number.
 */
final class TaxPurposeNotInCatalogue extends TaxRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("TAX_PURPOSE_NOT_IN_CATALOGUE", Severity.ERROR,
      TaxLaw.PURPOSE);

  TaxPurposeNotInCatalogue() {
    super(DEFINITION, TaxThresholds.DEFAULT);
  }

  @Override
  void check(TaxProfile tax, Association association, CheckContext context, Outcome.Builder outcome) {
    for (int i = 0; i < tax.getPurposes().size(); i++) {
      TaxPurpose purpose = tax.getPurposes().get(i);
      boolean valid = purpose.getCatalogueNumber().map(number -> number >= 1 && number <= 26).orElse(false);
      if (!valid) {
        outcome.add(Finding.builder(this, Pointer.to("tax", "purposes", i))
            .fact("purpose", purpose.getText())
            .build());
      }
    }
  }
}
