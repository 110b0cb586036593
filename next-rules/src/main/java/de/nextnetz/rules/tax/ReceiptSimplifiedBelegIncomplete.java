package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.Donation;
import de.nextnetz.domain.tax.ReceiptItemKind;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.TaxThreshold;
import de.nextnetz.rules.law.TaxThresholds;
import de.nextnetz.rules.law.ThresholdKind;
import java.util.List;
import java.util.Optional;

/**
 * The association's own voucher for the simplified proof of a money donation ({@code voucher} of a donation) lacks
 * what § 50 Abs. 4 Satz 1 Nr. 2 Buchst. b EStDV asks of it (the purpose, the notice, whether donation or fee,
 * {@link TaxLaw#voucherLacks}), or is given for more than the amount of its year (300 EUR from 2021), above which the
 * donor needs a formal receipt. One WARNING per donation.
 */
final class ReceiptSimplifiedBelegIncomplete extends TaxRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_SIMPLIFIED_BELEG_INCOMPLETE",
      Severity.WARNING, TaxLaw.SIMPLIFIED_VOUCHER);

  ReceiptSimplifiedBelegIncomplete() {
    super(DEFINITION, TaxThresholds.DEFAULT);
  }

  @Override
  void check(TaxProfile tax, Association association, CheckContext context, Outcome.Builder outcome) {
    for (int i = 0; i < tax.getDonations().size(); i++) {
      Donation donation = tax.getDonations().get(i);
      if (donation.getVoucher().isEmpty() || donation.getKind() == ReceiptItemKind.IN_KIND
          || donation.getDay().isAfter(context.asOf())) {
        continue;
      }
      String path = Pointer.to("tax", "donations", i) + "/voucher";
      String giver = association.findMember(donation.getDonor()).map(member -> member.getName())
          .orElse(donation.getDonor());
      Optional<TaxThreshold> limit = thresholds.of(ThresholdKind.SIMPLIFIED_PROOF, donation.getDay().getYear());
      if (limit.isEmpty()) {
        outcome.missing("threshold " + ThresholdKind.SIMPLIFIED_PROOF + " " + donation.getDay().getYear());
        continue;
      }
      if (donation.getAmount().compareTo(limit.get().amount()) > 0) {
        outcome.add(Finding.builder(this, path).fact("giver", giver).fact("amount", donation.getAmount())
            .fact("day", donation.getDay()).fact("limit", limit.get().amount())
            .messageKey(DEFINITION.id().value() + ".overLimit").build());
        continue;
      }
      List<TaxLaw.VoucherElement> lacks = TaxLaw.voucherLacks(donation.getVoucher().get(), tax);
      if (!lacks.isEmpty()) {
        outcome.add(Finding.builder(this, path).fact("giver", giver).fact("amount", donation.getAmount())
            .fact("day", donation.getDay()).fact("lacks", lacks).build());
      }
    }
  }
}
