package de.nextnetz.rules.satzung;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.statute.ExitDate;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.law.ExitLaw;
import java.time.Period;

/**
 * The Satzung's exit terms keep a member at most two years: the notice period and the wait for the
 * next exit day together (PWW § 39): "one year to the end of the year" is valid, "two years to the
 * end of the year" is not, and then the two years apply instead (BGH NJW 2014, 3239).
 */
final class SatzungExitPeriodTooLong extends DefinedRule<Association> implements StatuteRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("SATZUNG_EXIT_PERIOD_TOO_LONG", Severity.ERROR, ExitLaw.CAP_CITATION);

  SatzungExitPeriodTooLong() {
    super(DEFINITION);
  }
  @Override
  public Outcome check(Association association, CheckContext context) {
    StatuteVersion statute = context.statute();
    Period binding = ExitLaw.bindsAtMost(statute);
    if (!ExitLaw.exceedsCap(binding)) {
      return Outcome.satisfied(DEFINITION.id());
    }
    return Outcome.violated(Finding.builder(this, "/statute")
        .fact("exitNotice", statute.getExitNotice().orElse(Period.ZERO))
        .fact("exitOnlyAt", statute.getExitOnlyAt().orElse(ExitDate.ANY_DAY))
        .fact("bindsAtMost", binding)
        .build());
  }
}
