package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.ReceiptItem;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;

/**
 * The same donation (donor, day and amount) confirmed by two receipts: the second is incorrect and the issuer liable
 * (§ 10b Abs. 4 EStG). One ERROR at the later receipt.
 */
final class ReceiptDuplicate extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_DUPLICATE", Severity.ERROR,
      Citation.of(TaxLaw.TEMPLATES.source() + "; § 10b Abs. 4 EStG"));

  ReceiptDuplicate() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    for (DonationReceipt earlier : tax.getReceipts()) {
      if (earlier == receipt) {
        return;
      }
      if (!earlier.getDonor().equals(receipt.getDonor())) {
        continue;
      }
      for (ReceiptItem item : receipt.getItems()) {
        boolean twice = earlier.getItems().stream().anyMatch(other -> TaxLaw.sameGift(other, item));
        if (twice) {
          outcome.add(Finding.builder(this, path)
              .fact("number", receipt.getNumber())
              .fact("earlier", earlier.getNumber())
              .fact("date", item.getDate())
              .fact("amount", item.getAmount())
              .build());
          return;
        }
      }
    }
  }
}
