package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.ReceiptForm;
import de.nextnetz.domain.tax.ReceiptItem;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxThreshold;
import de.nextnetz.rules.law.TaxThresholds;
import de.nextnetz.rules.law.ThresholdKind;
import java.util.Optional;

/**
 * A single money donation up to the amount of its year (300 EUR from 2021, § 50 Abs. 4 Satz 1 Nr. 2 EStDV) needs no
 * formal receipt: the bank record and the body's own voucher suffice. INFO on such a single receipt; 300.00 is
 * within, 300.01 is not.
 */
final class ReceiptSimplifiedProofAvailable extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_SIMPLIFIED_PROOF_AVAILABLE",
      Severity.INFO, Citation.of("§ 50 Abs. 4 Satz 1 Nr. 2 EStDV"));

  ReceiptSimplifiedProofAvailable() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    if (receipt.getForm() != ReceiptForm.MONEY || receipt.getItems().size() != 1) {
      return;
    }
    ReceiptItem item = receipt.getItems().get(0);
    Optional<TaxThreshold> limit = TaxThresholds.DEFAULT.of(ThresholdKind.SIMPLIFIED_PROOF, item.getDate().getYear());
    if (limit.isPresent() && item.getAmount().compareTo(limit.get().amount()) <= 0) {
      outcome.add(Finding.builder(this, path)
          .fact("number", receipt.getNumber())
          .fact("amount", item.getAmount())
          .fact("limit", limit.get().amount())
          .build());
    }
  }
}
