package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.AmountInWords;

/** The amount in words on a receipt states another amount than the figures ({@link AmountInWords#agrees}). */
final class ReceiptAmountWordsMismatch extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_AMOUNT_WORDS_MISMATCH", Severity.ERROR,
      TaxLaw.templates("Muster für Zuwendungsbestätigungen"));

  ReceiptAmountWordsMismatch() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    if (!AmountInWords.agrees(receipt.getTotal(), receipt.getAmountInWords())) {
      outcome.add(Finding.builder(this, path + "/amountInWords")
          .fact("number", receipt.getNumber())
          .fact("total", receipt.getTotal())
          .fact("written", receipt.getAmountInWords())
          .fact("words", AmountInWords.euros(receipt.getTotal()))
          .build());
    }
  }
}
