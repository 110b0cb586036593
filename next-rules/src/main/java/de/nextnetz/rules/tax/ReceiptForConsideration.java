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

/** A receipt confirms a price (a ticket, sponsoring, a service): only payments without anything in return are gifts. */
final class ReceiptForConsideration extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_FOR_CONSIDERATION", Severity.ERROR,
      Citation.of("§ 10b Abs. 1 EStG; BFH, Urteil vom 12. August 1999, XI R 65/98"));

  ReceiptForConsideration() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    for (int i = 0; i < receipt.getItems().size(); i++) {
      ReceiptItem item = receipt.getItems().get(i);
      if (item.getConsideration().isPresent()) {
        outcome.add(Finding.builder(this, path + "/items/" + i)
            .fact("number", receipt.getNumber())
            .fact("amount", item.getAmount())
            .fact("consideration", item.getConsideration().get())
            .build());
      }
    }
  }
}
