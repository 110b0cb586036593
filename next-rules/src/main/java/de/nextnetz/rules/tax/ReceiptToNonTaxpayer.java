package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/**
 * A receipt to a public authority (an associated member, e.g. a municipality): lawful, but useless, as an authority
 * pays no income tax. INFO.
 */
final class ReceiptToNonTaxpayer extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_TO_NON_TAXPAYER", Severity.INFO,
      Citation.of("§ 10b EStG"));

  ReceiptToNonTaxpayer() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    association.findMember(receipt.getDonor()).filter(member -> member.getKind() == MembershipKind.ASSOCIATED)
        .ifPresent(member -> outcome.add(Finding.builder(this, path)
            .fact("number", receipt.getNumber())
            .fact("donor", member.getName())
            .build()));
  }
}
