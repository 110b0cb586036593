package de.nextnetz.json.bank;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.rules.law.DirectDebitRun;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link DirectDebitRun} as the SEPA Core direct-debit file the German banks take since November 2025:
 * ISO 20022 {@code pain.008.001.08} (DK Anlage 3), one payment information block per sequence type, the creditor's
 * name, account and identifier, each debit with its end-to-end id, amount, mandate reference and day of signature,
 * the debtor's name and IBAN and the fee years in the remittance text. The debtors' banks are given as
 * {@code NOTPROVIDED} (IBAN-only, as allowed in the euro area), and addresses are left out (needed only for debtors
 * outside the EEA). Text is reduced to the SEPA character set (umlauts transliterated).
 */
public final class Pain008 {

  /** The message's namespace. */
  public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  private Pain008() {}

  /**
   * Writes the file of a run.
   *
   * @param association the creditor association, whose dues hold the creditor identifier and account
   * @param run the run, without problems
   * @param created the moment of writing, for the message id and creation time
   * @return the XML text, UTF-8
   * @throws IllegalArgumentException if the run has problems: the whole file is refused, never written in part
   */
  public static String write(Association association, DirectDebitRun run, LocalDateTime created) {
    if (!run.problems().isEmpty()) {
      throw new IllegalArgumentException("the run has " + run.problems().size() + " problem(s); no file is written");
    }
    Dues dues = association.getDues().orElseThrow(() -> new IllegalArgumentException("no dues recorded"));
    String creditorId = dues.getCreditorId().orElseThrow(() -> new IllegalArgumentException("no creditor id"))
        .text();
    String account = dues.getAccount().orElseThrow(() -> new IllegalArgumentException("no creditor account"))
        .electronic();
    String creditor = text(association.getName(), 70);
    String messageId = "NEXT-" + STAMP.format(created);
    Map<DirectDebitRun.Sequence, List<DirectDebitRun.Debit>> bySequence = new EnumMap<>(DirectDebitRun.Sequence.class);
    for (DirectDebitRun.Debit debit : run.debits()) {
      bySequence.computeIfAbsent(debit.sequence(), s -> new ArrayList<>()).add(debit);
    }
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("Document");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeStartElement("CstmrDrctDbtInitn");
      xml.writeStartElement("GrpHdr");
      element(xml, "MsgId", messageId);
      element(xml, "CreDtTm", created.withNano(0).toString().length() == 16
          ? created.withNano(0) + ":00" : created.withNano(0).toString());
      element(xml, "NbOfTxs", Integer.toString(run.debits().size()));
      element(xml, "CtrlSum", run.total().getAmount().toPlainString());
      xml.writeStartElement("InitgPty");
      element(xml, "Nm", creditor);
      xml.writeEndElement();
      xml.writeEndElement();
      int block = 0;
      for (Map.Entry<DirectDebitRun.Sequence, List<DirectDebitRun.Debit>> entry : bySequence.entrySet()) {
        List<DirectDebitRun.Debit> debits = entry.getValue();
        Money sum = Money.ofCents(0, Money.EUR);
        for (DirectDebitRun.Debit debit : debits) {
          sum = sum.plus(debit.amount());
        }
        xml.writeStartElement("PmtInf");
        element(xml, "PmtInfId", messageId + "-" + ++block);
        element(xml, "PmtMtd", "DD");
        element(xml, "NbOfTxs", Integer.toString(debits.size()));
        element(xml, "CtrlSum", sum.getAmount().toPlainString());
        xml.writeStartElement("PmtTpInf");
        xml.writeStartElement("SvcLvl");
        element(xml, "Cd", "SEPA");
        xml.writeEndElement();
        xml.writeStartElement("LclInstrm");
        element(xml, "Cd", "CORE");
        xml.writeEndElement();
        element(xml, "SeqTp", entry.getKey().name());
        xml.writeEndElement();
        element(xml, "ReqdColltnDt", run.collectionDay().toString());
        xml.writeStartElement("Cdtr");
        element(xml, "Nm", creditor);
        xml.writeEndElement();
        iban(xml, "CdtrAcct", account);
        notProvided(xml, "CdtrAgt");
        element(xml, "ChrgBr", "SLEV");
        xml.writeStartElement("CdtrSchmeId");
        xml.writeStartElement("Id");
        xml.writeStartElement("PrvtId");
        xml.writeStartElement("Othr");
        element(xml, "Id", creditorId);
        xml.writeStartElement("SchmeNm");
        element(xml, "Prtry", "SEPA");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        for (DirectDebitRun.Debit debit : debits) {
          xml.writeStartElement("DrctDbtTxInf");
          xml.writeStartElement("PmtId");
          element(xml, "EndToEndId", debit.endToEndId());
          xml.writeEndElement();
          xml.writeStartElement("InstdAmt");
          xml.writeAttribute("Ccy", "EUR");
          xml.writeCharacters(debit.amount().getAmount().toPlainString());
          xml.writeEndElement();
          xml.writeStartElement("DrctDbtTx");
          xml.writeStartElement("MndtRltdInf");
          element(xml, "MndtId", debit.mandate().getReference());
          element(xml, "DtOfSgntr", debit.mandate().getSignedOn().toString());
          xml.writeEndElement();
          xml.writeEndElement();
          notProvided(xml, "DbtrAgt");
          xml.writeStartElement("Dbtr");
          element(xml, "Nm", text(debit.mandate().getAccountHolder().orElse(debit.member().getName()), 70));
          xml.writeEndElement();
          iban(xml, "DbtrAcct", debit.mandate().getIban().electronic());
          xml.writeStartElement("RmtInf");
          element(xml, "Ustrd", text("Mitgliedsbeitrag " + debit.years().stream().map(Year::toString)
              .collect(Collectors.joining(", ")) + " " + association.getShortName(), 140));
          xml.writeEndElement();
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return text.toString();
  }

  private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void iban(XMLStreamWriter xml, String name, String iban) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeStartElement("Id");
    element(xml, "IBAN", iban);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void notProvided(XMLStreamWriter xml, String name) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeStartElement("FinInstnId");
    xml.writeStartElement("Othr");
    element(xml, "Id", "NOTPROVIDED");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /**
   * A text in the SEPA character set (a–z, A–Z, 0–9, space and {@code / - ? : ( ) . , ' +}): German umlauts and ß
   * transliterated, anything else a space, cut to the length the field allows.
   *
   * @param text the text
   * @param length the field's length
   * @return the text
   */
  static String text(String text, int length) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case 'ä' -> out.append("ae");
        case 'ö' -> out.append("oe");
        case 'ü' -> out.append("ue");
        case 'Ä' -> out.append("Ae");
        case 'Ö' -> out.append("Oe");
        case 'Ü' -> out.append("Ue");
        case 'ß' -> out.append("ss");
        case '–', '—' -> out.append('-');
        default -> out.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || " /-?:().,'+".indexOf(c) >= 0 ? c : ' ');
      }
    }
    String result = out.toString().strip().replaceAll(" {2,}", " ");
    return result.length() > length ? result.substring(0, length).strip() : result;
  }
}
