package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;

/** A receipt issued while neither an exemption notice nor a § 60a determination existed (§ 63 Abs. 5 AO). */
final class ReceiptNotAllowedNoNotice extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_NOT_ALLOWED_NO_NOTICE", Severity.ERROR,
      Citation.of(TaxLaw.RECEIPT_AUTHORITY.source() + "; § 50 Abs. 1 EStDV"));

  ReceiptNotAllowedNoNotice() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    if (TaxLaw.receiptAuthority(tax.getNotices(), receipt.getIssuedOn()).basis().isEmpty()) {
      outcome.add(Finding.builder(this, path).fact("number", receipt.getNumber())
          .fact("issuedOn", receipt.getIssuedOn()).build());
    }
  }
}
