package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.ReceiptItem;
import de.nextnetz.domain.tax.ReceiptItemKind;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;

/**
 * A receipt on a template that does not fit what it confirms (the BMF's templates of 7 November 2013): a gift in kind
 * on the template for money and fees, money on the template for gifts in kind, several items on a single receipt
 * instead of a collective one (Sammelbestätigung), or a gift in kind in a collective receipt, which exists for money
 * and fees only. One ERROR per receipt, naming the first misfit.
 */
final class ReceiptWrongForm extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_WRONG_FORM", Severity.ERROR,
      TaxLaw.templates("Muster für Zuwendungsbestätigungen"));

  ReceiptWrongForm() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    boolean inKind = receipt.getItems().stream().map(ReceiptItem::getKind).anyMatch(ReceiptItemKind.IN_KIND::equals);
    boolean money = receipt.getItems().stream().map(ReceiptItem::getKind)
        .anyMatch(kind -> kind != ReceiptItemKind.IN_KIND);
    String misfit = switch (receipt.getForm()) {
      case MONEY -> inKind ? "inKindOnMoney" : receipt.getItems().size() > 1 ? "severalItems" : "";
      case IN_KIND -> money ? "moneyOnInKind" : receipt.getItems().size() > 1 ? "severalItems" : "";
      case COLLECTIVE -> inKind ? "inKindInCollective" : "";
    };
    if (!misfit.isEmpty()) {
      outcome.add(Finding.builder(this, path + "/form")
          .fact("number", receipt.getNumber())
          .fact("form", receipt.getForm())
          .fact("items", receipt.getItems().size())
          .messageKey(DEFINITION.id().value() + "." + misfit)
          .build());
    }
  }
}
