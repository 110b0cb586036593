package de.nextnetz.rules.privacy;

import de.nextnetz.rules.law.RetentionSettings;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.Holding;
import de.nextnetz.rules.law.PrivacyLaw;
import de.nextnetz.rules.law.Retention;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A former member's data are held past their period (Art. 5 Abs. 1 lit. e, Art. 17 DSGVO): the member entry and
 * application once the grace days after the end of the membership have run and nothing that needs the name is kept
 * any longer, a mandate, book entries, vouchers past theirs. One WARNING per former member naming what must go and
 * since when ({@code next erase ID} does it); while something is still kept, the day the next part may go is a
 * deadline.
 */
final class DataErasureDue extends RetentionRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("DATA_ERASURE_DUE", Severity.WARNING,
      PrivacyLaw.ERASURE);

  DataErasureDue() {
    this(RetentionSettings.DEFAULT);
  }

  DataErasureDue(RetentionSettings settings) {
    super(DEFINITION, settings);
  }

  @Override
  void check(Retention retention, CheckContext context, Outcome.Builder outcome) {
    LocalDate day = context.asOf();
    List<Holding> due = retention.dueForErasure(day);
    if (!due.isEmpty()) {
      LocalDate since = due.stream().map(holding -> holding.keepUntil().orElseThrow().plusDays(1))
          .min(LocalDate::compareTo).orElseThrow();
      outcome.add(Finding.builder(this, retention.path())
          .fact("member", retention.member().getName())
          .fact("id", retention.member().getId())
          .fact("what", due.stream().map(Holding::kind).toList())
          .fact("since", since)
          .build());
    }
    // The next part that may go, as a deadline.
    retention.holdings().stream().filter(holding -> holding.keepUntil().isPresent() && !holding.isExpiredOn(day))
        .map(holding -> holding.keepUntil().orElseThrow().plusDays(1)).min(LocalDate::compareTo)
        .ifPresent(next -> outcome.deadline(Deadline.of(this, retention.path(), next,
            Message.builtIn("deadline.DATA_ERASURE_DUE", Map.of("member", retention.member().getName())), day)));
  }
}
