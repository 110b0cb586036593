package de.nextnetz.rules.tax;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.domain.tax.ReceiptItem;
import de.nextnetz.domain.tax.TaxProfile;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.calendar.PublicHolidays;
import de.nextnetz.rules.law.TaxLaw;
import java.time.LocalDate;
import java.time.Year;

/**
 * A receipt whose data were transmitted to the tax authority after the last day for its donations: the end of
 * February of the next year, moved off a weekend or holiday (§ 50 Abs. 2 EStDV, § 93c Abs. 1 Nr. 1 AO, § 108 Abs. 3
 * AO; {@link TaxLaw#transmissionDeadline}). The earliest donation of the receipt sets the day. One ERROR per receipt.
 */
final class ReceiptTransmissionLate extends ReceiptRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("RECEIPT_TRANSMISSION_LATE", Severity.ERROR,
      TaxLaw.TRANSMISSION);

  ReceiptTransmissionLate() {
    super(DEFINITION);
  }

  @Override
  void check(DonationReceipt receipt, String path, TaxProfile tax, Association association, Outcome.Builder outcome) {
    if (receipt.getTransmittedOn().isEmpty() || receipt.getItems().isEmpty()) {
      return;
    }
    Year year = receipt.getItems().stream().map(ReceiptItem::getDate).map(Year::from).min(Year::compareTo)
        .orElseThrow();
    LocalDate deadline = TaxLaw.transmissionDeadline(year, PublicHolidays.atSeatOf(association));
    LocalDate transmitted = receipt.getTransmittedOn().get();
    if (transmitted.isAfter(deadline)) {
      outcome.add(Finding.builder(this, path + "/transmittedOn")
          .fact("number", receipt.getNumber())
          .fact("year", year)
          .fact("transmittedOn", transmitted)
          .fact("deadline", deadline)
          .build());
    }
  }
}
