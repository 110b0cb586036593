package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;

/**
 * A receipt issued after the notice's authority ended (§ 63 Abs. 5 AO, to the day; the issue day counts, not the
 * donation's): the issuer is liable for 30 % of the amount (§ 10b Abs. 4 EStG), which the finding names.
 */
final class ReceiptNotAllowedNoticeExpired extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_NOT_ALLOWED_NOTICE_EXPIRED",
      Severity.ERROR, TaxLaw.RECEIPT_AUTHORITY);

  ReceiptNotAllowedNoticeExpired() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    TaxLaw.Authority authority = TaxLaw.receiptAuthority(tax.getNotices(), receipt.getIssuedOn());
    if (authority.until().isPresent() && !authority.allows(receipt.getIssuedOn())) {
      Finding.Builder finding = Finding.builder(this, path)
          .fact("number", receipt.getNumber())
          .fact("issuedOn", receipt.getIssuedOn())
          .fact("until", authority.until().get())
          .fact("liability", TaxLaw.liability(receipt.getTotal()));
      authority.calendarYearsReading().ifPresent(reading -> finding.fact("calendarYearsReading", reading));
      outcome.add(finding.build());
    }
  }
}
