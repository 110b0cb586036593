package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/** A receipt issued without a kept copy (or the transmitted data) (§ 50 Abs. 7 EStDV). */
final class ReceiptCopyMissing extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_COPY_MISSING", Severity.ERROR,
      Citation.of("§ 50 Abs. 7 EStDV"));

  ReceiptCopyMissing() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    if (!receipt.isCopyKept()) {
      outcome.add(Finding.builder(this, path + "/copyKept").fact("number", receipt.getNumber()).build());
    }
  }
}
