package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.statute.TaxElement;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.law.Statutes;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;

/**
 * The Satzung in force on the day of the check states each element the tax-privileged status asks of it (§ 60 Abs. 1
 * Satz 2 AO with the Mustersatzung of Anlage 1 AO): exclusive and direct purposes, selflessness, funds only for the
 * purposes, no grants to members, no favouring, the asset lock. One ERROR per element missing, naming its place in
 * Anlage 1; where the version records no tax clauses at all, the rule names them as a missing fact instead.
 */
final class SatzungTaxClauseMissing extends TaxRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("SATZUNG_TAX_CLAUSE_MISSING", Severity.ERROR,
      TaxLaw.SATZUNG_CLAUSES);

  SatzungTaxClauseMissing() {
    super(DEFINITION, TaxThresholds.DEFAULT);
  }

  @Override
  void check(TaxProfile tax, Association association, CheckContext context, Outcome.Builder outcome) {
    StatuteVersion version = context.statute();
    String path = Statutes.pointer(association, version) + "/taxClauses";
    if (!TaxLaw.recordsTaxClauses(version)) {
      outcome.missing(path);
      return;
    }
    for (TaxElement element : TaxLaw.missingElements(version)) {
      outcome.add(Finding.builder(this, path)
          .citation(TaxLaw.satzungClause(element))
          .fact("element", element)
          .fact("validFrom", version.getValidFrom())
          .build());
    }
  }
}
