package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.ExemptionNotice;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThresholds;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The last day the notices allow donation receipts (§ 63 Abs. 5 AO, to the day) is a deadline; within the lead days
 * (180, a convention) before it the rule warns, and after it says receipts may no longer be issued. A § 60a
 * determination names the other reading of "drei Kalenderjahre" (to 31 December of the third year). Where the
 * notice's date is an assumption, the finding says so. Unknown where no notice is recorded.
 */
final class TaxNoticeExpiring extends TaxRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("TAX_NOTICE_EXPIRING", Severity.WARNING,
      TaxLaw.RECEIPT_AUTHORITY);

  private final int leadDays;

  TaxNoticeExpiring() {
    this(TaxLaw.NOTICE_LEAD_DAYS);
  }

  /**
   * Creates the rule.
   *
   * @param leadDays the days before the last day to warn, at least 0
   * @throws IllegalArgumentException if negative
   */
  TaxNoticeExpiring(int leadDays) {
    super(DEFINITION, TaxThresholds.DEFAULT);
    if (leadDays < 0) {
      throw new IllegalArgumentException("lead days must not be negative, but were " + leadDays);
    }
    this.leadDays = leadDays;
  }

  @Override
  void check(TaxProfile tax, Association association, CheckContext context, Outcome.Builder outcome) {
    LocalDate day = context.asOf();
    TaxLaw.Authority authority = TaxLaw.receiptAuthority(tax.getNotices(), day);
    if (authority.until().isEmpty() || authority.basis().isEmpty()) {
      outcome.missing("/tax/notices");
      return;
    }
    LocalDate until = authority.until().get();
    ExemptionNotice notice = authority.basis().get();
    int index = tax.getNotices().indexOf(notice);
    String path = "/tax/notices/" + index;
    // German declines the kind with its article ("Die Anlage …", "aufgrund des Freistellungsbescheids"): each message
    // takes it in the form its sentence needs, from the bundles' noticeKind.the.* and noticeKind.ofThe.*.
    String kind = notice.getKind().name();
    Map<String, Object> parameters = Map.of("ofTheKind", Message.builtIn("noticeKind.ofThe." + kind, Map.of()),
        "date", notice.getDate(), "until", until);
    outcome.deadline(Deadline.of(this, path, until, Message.builtIn("deadline.TAX_NOTICE_EXPIRING", parameters), day));
    long left = ChronoUnit.DAYS.between(day, until);
    if (left > leadDays) {
      return;
    }
    Finding.Builder finding = Finding.builder(this, path)
        .fact("kind", notice.getKind())
        .param("theKind", Message.builtIn("noticeKind.the." + kind, Map.of()))
        .fact("date", notice.getDate())
        .fact("until", until)
        .fact("days", Math.max(0, left));
    if (left < 0) {
      finding.messageKey("TAX_NOTICE_EXPIRING.expired");
    }
    authority.calendarYearsReading().ifPresent(reading -> finding.fact("calendarYearsReading", reading));
    notice.getAssumption().ifPresent(assumption -> finding.fact("assumption", assumption));
    outcome.add(finding.build());
  }
}
