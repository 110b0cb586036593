package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;

/**
 * A receipt made outside this library whose front side took more than one DIN A4 page, as the office recorded it
 * ({@code frontPages}); the templates allow one page, the annex of a collective receipt may follow. The receipts this
 * library renders fit one page (shown by printing them with headless Chromium in the tests). One WARNING per receipt.
 */
final class ReceiptPageLimitExceeded extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_PAGE_LIMIT_EXCEEDED", Severity.WARNING,
      TaxLaw.templates("Muster für Zuwendungsbestätigungen; eine Seite"));

  ReceiptPageLimitExceeded() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    if (receipt.getFrontPages().orElse(1) > 1) {
      outcome.add(Finding.builder(this, path + "/frontPages")
          .fact("number", receipt.getNumber())
          .fact("pages", receipt.getFrontPages().orElseThrow())
          .build());
    }
  }
}
