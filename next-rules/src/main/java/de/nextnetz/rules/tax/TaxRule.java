package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.law.TaxThresholds;
import java.util.Objects;

/** A rule on the tax profile: not applicable where the association records none; the thresholds of the run. */
abstract class TaxRule extends DefinedRule<Association> implements StatuteRule {

  /** The dated amounts the rule judges by. */
  final TaxThresholds thresholds;

  TaxRule(RuleDefinition definition, TaxThresholds thresholds) {
    super(definition);
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  /**
   * Judges the profile.
   *
   * @param tax the profile
   * @param association the association
   * @param context the day
   * @param outcome the outcome, marked checked
   */
  abstract void check(TaxProfile tax, Association association, CheckContext context, Outcome.Builder outcome);

  @Override
  public final Outcome check(Association association, CheckContext context) {
    if (association.getTax().isEmpty()) {
      return Outcome.notApplicable(id());
    }
    Outcome.Builder outcome = Outcome.builder(id()).checked();
    check(association.getTax().get(), association, context, outcome);
    return outcome.build();
  }
}
