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
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * An element the Satzung states on the day of the check took effect (with the register entry of the version that
 * added it, § 71 BGB) after the assessment period of that day began: for corporation and trade tax the Satzung must
 * state it during the whole period (§ 60 Abs. 2 AO), so the year is not covered. One WARNING per element; the period
 * is the calendar year, from the founding day where the association was founded in it. Where a version in force in
 * the period records no tax clauses, the rule names that as a missing fact.
 */
final class SatzungTaxClauseNotWholePeriod extends TaxRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("SATZUNG_TAX_CLAUSE_NOT_WHOLE_PERIOD",
      Severity.WARNING, TaxLaw.WHOLE_PERIOD);

  SatzungTaxClauseNotWholePeriod() {
    super(DEFINITION, TaxThresholds.DEFAULT);
  }

  @Override
  void check(TaxProfile tax, Association association, CheckContext context, Outcome.Builder outcome) {
    LocalDate start = TaxLaw.assessmentPeriodStart(association, context.asOf());
    List<StatuteVersion> versions = TaxLaw.versionsInForce(association, start, context.asOf());
    if (versions.isEmpty()) {
      return;
    }
    for (StatuteVersion version : versions) {
      if (!TaxLaw.recordsTaxClauses(version)) {
        outcome.missing(Statutes.pointer(association, version) + "/taxClauses");
        return;
      }
    }
    StatuteVersion current = versions.get(versions.size() - 1);
    String path = Statutes.pointer(association, current) + "/taxClauses";
    for (TaxElement element : TaxElement.values()) {
      if (current.taxClauseFor(element).isEmpty()) {
        continue;
      }
      LocalDate since = start;
      for (int i = 0; i < versions.size(); i++) {
        if (versions.get(i).taxClauseFor(element).isEmpty()) {
          since = versions.get(i + 1).getValidFrom();
        }
      }
      if (since.isAfter(start)) {
        outcome.add(Finding.builder(this, path)
            .fact("element", element)
            .fact("clause", current.taxClauseFor(element).orElseThrow().getClause())
            .fact("since", since)
            .fact("year", Year.from(context.asOf()))
            .fact("periodStart", start)
            .build());
      }
    }
  }
}
