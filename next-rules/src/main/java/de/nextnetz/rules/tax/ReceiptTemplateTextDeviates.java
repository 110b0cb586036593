package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.ExemptionNotice;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.ReceiptTemplate;
import de.nextnetz.rules.law.ReceiptTemplate.Passage;
import de.nextnetz.rules.law.TaxLaw;
import java.util.List;
import java.util.Optional;

/**
 * The recorded wording of a receipt made outside this library lacks a fixed passage of the official template, has
 * reworded it, or prints the notice alternative that does not apply on its day of issue (the exemption notice's where
 * only a § 60a AO determination allows it, or the other way round). The passages are {@link ReceiptTemplate}'s, the
 * ones this library prints. One ERROR per receipt, naming what is missing; receipts without a recorded wording are
 * not judged.
 */
final class ReceiptTemplateTextDeviates extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_TEMPLATE_TEXT_DEVIATES", Severity.ERROR,
      TaxLaw.templates("Muster für Zuwendungsbestätigungen; Wortlaut und Reihenfolge"));

  ReceiptTemplateTextDeviates() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    if (receipt.getWording().isEmpty()) {
      return;
    }
    Optional<ExemptionNotice> notice = TaxLaw.receiptAuthority(tax.getNotices(), receipt.getIssuedOn()).basis();
    if (notice.isEmpty()) {
      // RECEIPT_NOT_ALLOWED_* judge a receipt no notice allows; which alternative applies is then moot.
      return;
    }
    String wording = receipt.getWording().get();
    List<Passage> missing = ReceiptTemplate.missing(wording, ReceiptTemplate.required(receipt.getForm(), notice.get()));
    Passage other = ReceiptTemplate.alternative(notice.get()) == Passage.EXEMPTION_ALTERNATIVE
        ? Passage.DETERMINATION_ALTERNATIVE : Passage.EXEMPTION_ALTERNATIVE;
    boolean wrongAlternative = ReceiptTemplate.contains(wording, other);
    if (missing.isEmpty() && !wrongAlternative) {
      return;
    }
    Finding.Builder finding = Finding.builder(this, path + "/wording")
        .fact("number", receipt.getNumber())
        .fact("missing", missing)
        .fact("count", missing.size());
    if (wrongAlternative) {
      finding.fact("printed", other).fact("applies", ReceiptTemplate.alternative(notice.get()))
          .messageKey(DEFINITION.id().value() + (missing.isEmpty() ? ".alternative" : ".alternativeAndMissing"));
    }
    outcome.add(finding.build());
  }
}
