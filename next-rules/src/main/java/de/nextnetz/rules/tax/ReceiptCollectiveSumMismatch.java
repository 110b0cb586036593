package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.ReceiptItem;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;

/** The annex of a receipt does not add up to its total (for a collective receipt: each item listed, one total). */
final class ReceiptCollectiveSumMismatch extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_COLLECTIVE_SUM_MISMATCH", Severity.ERROR,
      TaxLaw.templates("Sammelbestätigung, Anlage"));

  ReceiptCollectiveSumMismatch() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    Money sum = Money.ofCents(0, receipt.getTotal().currency());
    for (ReceiptItem item : receipt.getItems()) {
      sum = sum.plus(item.getAmount());
    }
    if (!sum.equals(receipt.getTotal())) {
      outcome.add(Finding.builder(this, path + "/total")
          .fact("number", receipt.getNumber())
          .fact("total", receipt.getTotal())
          .fact("annex", sum)
          .build());
    }
  }
}
