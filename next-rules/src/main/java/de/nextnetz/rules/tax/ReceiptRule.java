package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.law.TaxThresholds;

/**
 * A rule on each donation receipt issued up to the day: the loop and the receipt's pointer are here, once; not
 * applicable where the association records no tax profile.
 */
abstract class ReceiptRule extends TaxRule {

  ReceiptRule(RuleDefinition definition) {
    super(definition, TaxThresholds.DEFAULT);
  }

  /**
   * Judges one receipt.
   *
   * @param receipt the receipt
   * @param path its JSON Pointer
   * @param tax the profile
   * @param association the association
   * @param outcome the outcome
   */
  abstract void check(DonationReceipt receipt, String path, TaxProfile tax, Association association,
      Outcome.Builder outcome);

  @Override
  final void check(TaxProfile tax, Association association, CheckContext context, Outcome.Builder outcome) {
    for (int i = 0; i < tax.getReceipts().size(); i++) {
      DonationReceipt receipt = tax.getReceipts().get(i);
      if (!receipt.getIssuedOn().isAfter(context.asOf())) {
        check(receipt, Pointer.to("tax", "receipts", i), tax, association, outcome);
      }
    }
  }
}
