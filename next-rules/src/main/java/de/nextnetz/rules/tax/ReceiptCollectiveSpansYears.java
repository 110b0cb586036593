package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.ReceiptForm;
import de.nextnetz.domain.tax.ReceiptItem;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import java.time.Year;
import java.util.List;

/** A collective receipt whose items lie in more than one calendar year (the template foresees one period of a year). */
final class ReceiptCollectiveSpansYears extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_COLLECTIVE_SPANS_YEARS",
      Severity.WARNING, TaxLaw.templates("Sammelbestätigung"));

  ReceiptCollectiveSpansYears() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    List<Year> years = receipt.getItems().stream().map(ReceiptItem::getDate).map(Year::from).distinct().sorted()
        .toList();
    if (receipt.getForm() == ReceiptForm.COLLECTIVE && years.size() > 1) {
      outcome.add(Finding.builder(this, path).fact("number", receipt.getNumber()).fact("years", years).build());
    }
  }
}
