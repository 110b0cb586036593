package de.nextnetz.rules.privacy;

import de.nextnetz.rules.law.RetentionSettings;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.Holding;
import de.nextnetz.rules.law.HoldingKind;
import de.nextnetz.rules.law.PrivacyLaw;
import de.nextnetz.rules.law.Retention;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the association still keeps about a former member and until when, each kind with the provision that keeps
 * it (§ 147 AO for the books and vouchers, § 676b BGB for a mandate, §§ 195, 199 BGB for open claims, § 58 Nr. 4 BGB
 * for its records): one INFO per former member while anything with a period is kept; its deadline is the day the
 * last of it may go.
 */
final class DataRetentionActive extends RetentionRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("DATA_RETENTION_ACTIVE", Severity.INFO,
      PrivacyLaw.RETENTION);

  DataRetentionActive() {
    this(RetentionSettings.DEFAULT);
  }

  DataRetentionActive(RetentionSettings settings) {
    super(DEFINITION, settings);
  }

  @Override
  void check(Retention retention, CheckContext context, Outcome.Builder outcome) {
    List<Holding> kept = retention.holdings().stream()
        .filter(holding -> holding.kind() != HoldingKind.MEMBERSHIP && holding.kind() != HoldingKind.RECORDS)
        .filter(holding -> holding.keepUntil().isPresent() && !holding.isExpiredOn(context.asOf())).toList();
    if (kept.isEmpty()) {
      return;
    }
    List<Message> items = kept.stream().map(holding -> Message.builtIn("privacy.kept",
        Map.of("kind", holding.kind(), "until", holding.keepUntil().orElseThrow()))).toList();
    outcome.add(Finding.builder(this, retention.path())
        .fact("member", retention.member().getName())
        .fact("left", retention.member().getEnd().orElseThrow())
        .fact("kept", items)
        .fact("until", kept.stream().map(holding -> holding.keepUntil().orElseThrow()).max(LocalDate::compareTo)
            .orElseThrow())
        .build());
  }
}
