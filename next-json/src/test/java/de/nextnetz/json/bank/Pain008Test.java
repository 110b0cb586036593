package de.nextnetz.json.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.dues.MandateSequence;
import de.nextnetz.domain.dues.PaymentMethod;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.rules.law.DirectDebitRun;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Musterverein's direct-debit file of 31 March 2027, validated against the official ISO 20022 schema of
 * pain.008.001.08 (as shipped on Maven Central in hbci4j, not written here) and parsed back.
 */
class Pain008Test {

  private static final LocalDate COLLECTION = LocalDate.of(2027, 3, 31);
  private static final LocalDateTime CREATED = LocalDateTime.of(2027, 3, 1, 9, 30);

  private static Schema schema() throws Exception {
    URL xsd = Objects.requireNonNull(ClassLoader.getSystemResource("pain.008.001.08.xsd"), "the ISO schema");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    return factory.newSchema(xsd);
  }

  private static void validate(String xml) throws Exception {
    schema().newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document document, String name) {
    NodeList nodes = document.getElementsByTagNameNS(Pain008.NAMESPACE, name);
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < nodes.getLength(); k++) {
      texts.add(nodes.item(k).getTextContent());
    }
    return texts;
  }

  /** The Musterverein after the office fixed its two problems: Ida Imhof and Jan Jung now pay by transfer. */
  static Association fixed(UnaryOperator<Member> more) {
    Association muster = Musterverein.association();
    return muster.toBuilder().members(muster.getMembers().stream().map(member ->
        member.getId().equals("m09") || member.getId().equals("m10")
            ? member.toBuilder().paymentMethod(PaymentMethod.TRANSFER).build() : more.apply(member)).toList()).build();
  }

  @Test
  @DisplayName("SEPA Core, pain.008.001.08: six recurrent debits of 60 EUR for 2027, valid against the ISO schema, read back as planned")
  void the_musterverein_file_is_valid_and_reads_back() throws Exception {
    Association association = fixed(UnaryOperator.identity());
    DirectDebitRun run = DirectDebitRun.plan(association, COLLECTION, LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 3, 25), 14, 1);
    assertThat(run.problems()).isEmpty();
    String xml = Pain008.write(association, run, CREATED);
    validate(xml);
    Document read = parse(xml);
    assertThat(texts(read, "MsgId")).containsExactly("NEXT-20270301093000");
    assertThat(texts(read, "NbOfTxs")).containsExactly("6", "6");
    assertThat(texts(read, "CtrlSum")).containsExactly("360.00", "360.00");
    assertThat(texts(read, "SeqTp")).containsExactly("RCUR");
    assertThat(texts(read, "ReqdColltnDt")).containsExactly("2027-03-31");
    assertThat(texts(read, "MndtId")).containsExactly("MV-M-0001", "MV-M-0002", "MV-M-0003", "MV-M-0004", "MV-M-0006",
        "MV M 0012");
    assertThat(texts(read, "EndToEndId")).containsExactly("MV-M-0001-20270331", "MV-M-0002-20270331",
        "MV-M-0003-20270331", "MV-M-0004-20270331", "MV-M-0006-20270331", "MVM0012-20270331");
    assertThat(texts(read, "InstdAmt")).containsOnly("60.00");
    List<String> ibans = texts(read, "IBAN");
    assertThat(ibans.get(0)).isEqualTo("DE28250500000009999999");
    assertThat(ibans.subList(1, ibans.size())).containsExactly("DE38250500000001007919", "DE13250500000001015838",
        "DE85250500000001023757", "DE60250500000001031676", "DE10250500000001047514", "DE54250500000001095028");
    assertThat(texts(read, "Ustrd")).containsOnly("Mitgliedsbeitrag 2027 Musterverein");
    Element creditorId = (Element) read.getElementsByTagNameNS(Pain008.NAMESPACE, "CdtrSchmeId").item(0);
    assertThat(creditorId.getTextContent()).contains("DE98ZZZ09999999999");
  }

  @Test
  @DisplayName("SEPA Core: a mandate never used is the first of a series (FRST), a one-off one OOFF; umlauts become SEPA characters")
  void sequence_types_and_characters() throws Exception {
    Association association = fixed(member -> switch (member.getId()) {
      case "m01" -> member.toBuilder().mandate(member.getMandate().orElseThrow().toBuilder()
          .lastCollection(java.util.Optional.empty()).signedOn(LocalDate.of(2027, 2, 1))
          .accountHolder("Jörg Müßig – Vater").build()).build();
      case "m02" -> member.toBuilder().mandate(member.getMandate().orElseThrow().toBuilder()
          .lastCollection(java.util.Optional.empty()).signedOn(LocalDate.of(2027, 2, 1))
          .sequence(MandateSequence.ONE_OFF).build()).build();
      default -> member;
    });
    DirectDebitRun run = DirectDebitRun.plan(association, COLLECTION, LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 3, 25), 14, 1);
    String xml = Pain008.write(association, run, CREATED);
    validate(xml);
    Document read = parse(xml);
    assertThat(texts(read, "SeqTp")).containsExactly("FRST", "RCUR", "OOFF");
    assertThat(texts(read, "NbOfTxs")).containsExactly("6", "1", "4", "1");
    assertThat(texts(read, "Nm")).contains("Joerg Muessig - Vater");
  }

  @Test
  @DisplayName("Never a partial file: the Musterverein as recorded has two problems, and the writer refuses the whole run")
  void a_run_with_problems_is_refused() {
    DirectDebitRun run = DirectDebitRun.plan(Musterverein.association(), COLLECTION, LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 3, 25), 14, 1);
    assertThat(run.problems()).extracting(p -> p.path() + " " + p.message().render(Locale.ENGLISH)).containsExactly(
        "/members/8 Ida Imhof pays by direct debit but has given no mandate.",
        "/members/9/mandate Jan Jung's mandate MV-M-0010 lapsed after 31 March 2026 (36 months unused); a new mandate"
            + " is needed.");
    assertThatThrownBy(() -> Pain008.write(Musterverein.association(), run, CREATED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no file is written");
  }

  @Test
  @DisplayName("The schema is the real one: a file with an invented element is refused by it")
  void the_schema_refuses_what_is_wrong() throws Exception {
    Association association = fixed(UnaryOperator.identity());
    String xml = Pain008.write(association, DirectDebitRun.plan(association, COLLECTION, LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 3, 25), 14, 1), CREATED);
    assertThatThrownBy(() -> validate(xml.replace("<PmtMtd>DD</PmtMtd>", "<PmtMtd>TRF</PmtMtd>")))
        .hasMessageContaining("TRF");
  }
}
