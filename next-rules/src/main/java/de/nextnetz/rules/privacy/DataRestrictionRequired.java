package de.nextnetz.rules.privacy;

import de.nextnetz.rules.law.RetentionSettings;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.PrivacyLaw;
import de.nextnetz.rules.law.Retention;

/**
 * A former member's entry is kept after the membership and its grace days only because the books, vouchers, mandate
 * or open claims still need the name: its processing is restricted (Art. 18 DSGVO; § 35 Abs. 3 BDSG), not erased,
 * until the last of them ends. One INFO per such former member.
 */
final class DataRestrictionRequired extends RetentionRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("DATA_RESTRICTION_REQUIRED", Severity.INFO,
      PrivacyLaw.RESTRICTION);

  DataRestrictionRequired() {
    this(RetentionSettings.DEFAULT);
  }

  DataRestrictionRequired(RetentionSettings settings) {
    super(DEFINITION, settings);
  }

  @Override
  void check(Retention retention, CheckContext context, Outcome.Builder outcome) {
    if (retention.isRestrictedOn(context.asOf())) {
      outcome.add(Finding.builder(this, retention.path())
          .fact("member", retention.member().getName())
          .fact("left", retention.member().getEnd().orElseThrow())
          .fact("until", retention.identityNeededUntil().orElseThrow())
          .build());
    }
  }
}
