package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.ExemptionNotice;
import de.nextnetz.domain.tax.ReceiptForm;
import de.nextnetz.domain.tax.ReceiptItem;
import de.nextnetz.domain.tax.ReceiptItemKind;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Localized;
import de.nextnetz.rules.law.AmountInWords;
import de.nextnetz.rules.law.TaxLaw;
import de.nextnetz.rules.law.ReceiptTemplate.Passage;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A donation receipt as one A4 page of HTML on the wording of the official templates (BMF 7 November 2013, BStBl I
 * 2013, 1333: "Bestätigung über Geldzuwendungen/Mitgliedsbeitrag", "Bestätigung über Sachzuwendungen" and the
 * "Sammelbestätigung" with its annex): only
 * the passages that apply, in their order, the notice alternative the association's notices give (§ 63 Abs. 5 AO),
 * the amount in figures and in words, the liability note and the § 63 Abs. 5 note always printed. The text is
 * German, as the template is; the wording follows the template as the reference reproduces it [verify against the
 * form server before first use].
 */
final class ReceiptDocument {

  private static final Locale GERMAN = Locale.GERMAN;

  private ReceiptDocument() {}

  /**
   * Renders a receipt.
   *
   * @param association the association that issues it
   * @param receipt the receipt from the register
   * @return the page
   * @throws IllegalArgumentException if the association has no tax profile or no notice allows the receipt
   */
  static String html(Association association, DonationReceipt receipt) {
    TaxProfile tax = association.getTax().orElseThrow(() -> new IllegalArgumentException("no tax profile"));
    TaxLaw.Authority authority = TaxLaw.receiptAuthority(tax.getNotices(), receipt.getIssuedOn());
    ExemptionNotice notice = authority.basis().orElseThrow(() -> new IllegalArgumentException("no notice"));
    String purposes = tax.getPurposes().stream().map(TaxLaw::promoted).collect(Collectors.joining(", "));
    String taxOffice = TaxLaw.taxOfficePlace(tax);
    String donor = association.findMember(receipt.getDonor()).map(member -> member.getName()).orElse(receipt.getDonor());
    boolean collective = receipt.getForm() == ReceiptForm.COLLECTIVE;
    boolean inKind = receipt.getForm() == ReceiptForm.IN_KIND;
    boolean feesExcluded = !TaxLaw.feeExcludingPurposes(tax).isEmpty();
    boolean waiver = receipt.getItems().stream().anyMatch(ReceiptItem::isWaiver);
    String issuer = association.getName() + " " + association.getLegalForm()
        + association.getOffice().map(office -> ", " + office.getAddress()).orElse(", " + association.getSeat());

    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(e("Zuwendungsbestätigung " + receipt.getNumber())).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    page.append("<p class=\"label\">Aussteller (Bezeichnung und Anschrift der steuerbegünstigten Einrichtung)</p>\n")
        .append("<p class=\"box\">").append(e(issuer)).append("</p>\n");
    page.append("<h1>").append(inKind ? Passage.IN_KIND_TITLE.text() : collective ? Passage.COLLECTIVE_TITLE.text()
        : Passage.TITLE.text()).append("</h1>\n")
        .append("<p class=\"sub\">").append(Passage.SUBTITLE.text()).append("</p>\n");
    page.append("<p class=\"label\">Name und Anschrift des Zuwendenden:</p>\n<p class=\"box\">").append(e(donor))
        .append("</p>\n");
    LocalDate first = receipt.getItems().stream().map(ReceiptItem::getDate).min(Comparator.naturalOrder())
        .orElse(receipt.getIssuedOn());
    LocalDate last = receipt.getItems().stream().map(ReceiptItem::getDate).max(Comparator.naturalOrder())
        .orElse(receipt.getIssuedOn());
    page.append("<table class=\"amount\">\n<tr><th>").append(collective ? "Gesamtbetrag der Zuwendung"
        : inKind ? "Wert der Zuwendung" : "Betrag der Zuwendung")
        .append(" – in Ziffern –</th><th>– in Buchstaben –</th><th>")
        .append(collective ? "Zeitraum der Sammelbestätigung:" : "Tag der Zuwendung:").append("</th></tr>\n<tr><td>")
        .append(e(money(receipt.getTotal()))).append("</td><td>").append(e(AmountInWords.euros(receipt.getTotal())))
        .append("</td><td>").append(e(collective ? date(first) + " bis " + date(last) : date(first)))
        .append("</td></tr>\n</table>\n");
    if (inKind) {
      ReceiptItem gift = receipt.getItems().get(0);
      java.util.Optional<de.nextnetz.domain.tax.InKindOrigin> origin = gift.getOrigin();
      page.append("<p class=\"label\">").append(Passage.IN_KIND_DESCRIPTION.text()).append("</p>\n<p class=\"box\">")
          .append(e(gift.getDescription().orElse(""))).append("</p>\n");
      page.append("<p>").append(box(origin.equals(java.util.Optional.of(de.nextnetz.domain.tax.InKindOrigin.BUSINESS))))
          .append(" ").append(Passage.ORIGIN_BUSINESS.text()).append("</p>\n<p>")
          .append(box(origin.equals(java.util.Optional.of(de.nextnetz.domain.tax.InKindOrigin.PRIVATE)))).append(" ")
          .append(Passage.ORIGIN_PRIVATE.text()).append("</p>\n<p>")
          .append(box(origin.isEmpty() || origin.equals(java.util.Optional.of(de.nextnetz.domain.tax.InKindOrigin.UNKNOWN))))
          .append(" ").append(Passage.ORIGIN_UNKNOWN.text()).append("</p>\n<p>").append(box(gift.isValuationDocuments()))
          .append(" ").append(Passage.VALUATION_DOCUMENTS.text()).append("</p>\n");
    } else if (!collective) {
      page.append("<p>").append(Passage.WAIVER.text()).append(" ").append(box(waiver))
          .append(" Ja ").append(box(!waiver)).append(" Nein</p>\n");
    }
    if (notice.isExemption()) {
      page.append("<p>").append(box(true)).append(" Wir sind wegen Förderung ").append(e(purposes))
          .append(" ").append(Passage.EXEMPTION_ALTERNATIVE.text()).append(" ")
          .append(e(taxOffice)).append(tax.getTaxNumber().map(number -> ", StNr. " + e(number)).orElse(""))
          .append(", vom ").append(date(notice.getDate()))
          .append(notice.getAssessmentYear().map(year -> " für den letzten Veranlagungszeitraum " + year).orElse(""))
          .append(" nach § 5 Abs. 1 Nr. 9 des Körperschaftsteuergesetzes von der Körperschaftsteuer und nach § 3 Nr. 6"
              + " des Gewerbesteuergesetzes von der Gewerbesteuer befreit.</p>\n");
    } else {
      page.append("<p>").append(box(true)).append(" ").append(Passage.DETERMINATION_ALTERNATIVE.text()).append(" ")
          .append(e(taxOffice))
          .append(tax.getTaxNumber().map(number -> ", StNr. " + e(number)).orElse(""))
          .append(", mit Bescheid vom ").append(date(notice.getDate()))
          .append(" nach § 60a AO gesondert festgestellt. Wir fördern nach unserer Satzung ").append(e(purposes))
          .append(".</p>\n");
    }
    page.append("<p>").append(Passage.USE.text()).append(" ").append(e(purposes))
        .append(" verwendet wird.</p>\n");
    if (feesExcluded && !inKind) {
      page.append("<p>").append(box(true)).append(" Es wird bestätigt, dass es sich nicht um ")
          .append(collective ? "Mitgliedsbeiträge" : "einen Mitgliedsbeitrag")
          .append(" handelt, dessen Abzug nach § 10b Abs. 1 des Einkommensteuergesetzes ausgeschlossen ist.</p>\n");
    }
    if (collective) {
      page.append("<p>").append(Passage.NO_FURTHER_RECEIPTS.text()).append("</p>\n<p>")
          .append(Passage.WAIVER_IN_ANNEX.text()).append("</p>\n");
    }
    page.append("<p class=\"sign\">").append(e(association.getSeat())).append(", ").append(date(receipt.getIssuedOn()))
        .append("</p>\n<p class=\"label\">(Ort, Datum und Unterschrift des Zuwendungsempfängers)</p>\n");
    page.append("<p class=\"note\"><strong>Hinweis:</strong><br>").append(Passage.LIABILITY_NOTE.text())
        .append("</p>\n<p class=\"note\">").append(Passage.AUTHORITY_NOTE.text()).append("</p>\n");
    page.append("<p class=\"number\">Nr. ").append(e(receipt.getNumber())).append("</p>\n</main>\n");
    if (collective) {
      page.append("<section class=\"annex\">\n<h2>Anlage zur Sammelbestätigung vom ")
          .append(date(receipt.getIssuedOn())).append("</h2>\n<table>\n<tr><th>Datum der Zuwendung</th>"
              + "<th>Art der Zuwendung (Geldzuwendung/Mitgliedsbeitrag)</th>"
              + "<th>Verzicht auf die Erstattung von Aufwendungen (ja/nein)</th><th>Betrag</th></tr>\n");
      for (ReceiptItem item : receipt.getItems()) {
        page.append("<tr><td>").append(date(item.getDate())).append("</td><td>")
            .append(item.getKind() == ReceiptItemKind.FEE ? "Mitgliedsbeitrag" : "Geldzuwendung").append("</td><td>")
            .append(item.isWaiver() ? "ja" : "nein").append("</td><td>").append(e(money(item.getAmount())))
            .append("</td></tr>\n");
      }
      page.append("<tr class=\"total\"><td colspan=\"3\">Gesamtsumme</td><td>").append(e(money(receipt.getTotal())))
          .append("</td></tr>\n</table>\n</section>\n");
    }
    return page.append("</body>\n</html>\n").toString();
  }

  private static String box(boolean ticked) {
    return ticked ? "&#9746;" : "&#9744;";
  }

  private static String money(Money amount) {
    return Localized.value(amount, GERMAN);
  }

  private static String date(LocalDate day) {
    return Localized.value(day, GERMAN);
  }

  private static String e(String text) {
    return ReportDocument.escape(text);
  }

  private static final String CSS = """
      @page { size: A4; margin: 18mm 20mm; }
      html, body { margin: 0; padding: 0; }
      body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.35;
             color: #000; }
      main { page-break-after: always; }
      main:last-child { page-break-after: auto; }
      h1 { font-size: 13pt; margin: 10px 0 2px; }
      h2 { font-size: 11pt; }
      .sub { margin-top: 0; font-size: 9pt; }
      .label { font-size: 8pt; margin: 8px 0 2px; color: #333; }
      .box { border: 1px solid #000; padding: 4px 6px; margin: 0 0 6px; min-height: 1.4em; }
      table { border-collapse: collapse; width: 100%; margin: 6px 0; }
      th, td { border: 1px solid #000; padding: 3px 5px; text-align: left; vertical-align: top; font-size: 9pt; }
      th { font-weight: normal; font-size: 8pt; }
      .sign { margin-top: 22px; border-top: 1px solid #000; padding-top: 2px; width: 60%; }
      .note { font-size: 8pt; }
      .number { font-size: 7.5pt; color: #333; text-align: right; }
      tr.total td { font-weight: bold; }
      """;
}
