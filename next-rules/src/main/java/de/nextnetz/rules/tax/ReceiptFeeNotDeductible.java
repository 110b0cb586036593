package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.ReceiptItemKind;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import java.util.List;

/**
 * A membership fee confirmed by a body that pursues a purpose whose fees § 10b Abs. 1 Satz 8 EStG excludes: sport
 * (number 21), Heimatpflege und Heimatkunde (22), the purposes of number 23; a further purpose does not help (BFH
 * 28 September 2022, X R 7/21). Cultural activities mainly for leisure are excluded too but cannot be told from the
 * catalogue number, which the rule does not judge.
 */
final class ReceiptFeeNotDeductible extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_FEE_NOT_DEDUCTIBLE", Severity.ERROR,
      TaxLaw.FEES_NOT_DEDUCTIBLE);

  ReceiptFeeNotDeductible() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    List<String> excluded = TaxLaw.feeExcludingPurposes(tax);
    boolean fee = receipt.getItems().stream().anyMatch(item -> item.getKind() == ReceiptItemKind.FEE);
    if (fee && !excluded.isEmpty()) {
      outcome.add(Finding.builder(this, path)
          .fact("number", receipt.getNumber())
          .fact("purposes", excluded)
          .build());
    }
  }
}
