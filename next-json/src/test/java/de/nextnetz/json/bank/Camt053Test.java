package de.nextnetz.json.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.dues.Payment;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.law.Ledgers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A camt.053 statement of the Musterverein for 2027 with 100 bookings: direct debits found by mandate reference,
 * transfers found by IBAN, member id and name, a partial payment, unknown payers, a debit, a pending booking, one
 * in dollars, one before the member joined, and one booking twice; every booking accounted for, and a second
 * import changes nothing.
 */
class Camt053Test {

  /** A statement of the given bookings, in a version's namespace and element shapes. */
  static String statement(String version, List<String> entries) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:" + version + "\"><BkToCstmrStmt>"
        + "<GrpHdr><MsgId>STMT-1</MsgId><CreDtTm>2027-04-01T08:00:00</CreDtTm></GrpHdr>"
        + "<Stmt><Id>1</Id><Acct><Id><IBAN>DE28250500000009999999</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        + String.join("", entries) + "</Stmt></BkToCstmrStmt></Document>";
  }

  /** One booking: reference, day, amount, currency, CRDT/DBIT, status, and the transaction details. */
  static String entry(String version, String reference, String day, String amount, String currency, String mark,
      String status, String endToEnd, String mandate, String remittance, String payer, String iban) {
    boolean v8 = version.endsWith(".08");
    return "<Ntry><NtryRef>" + reference + "</NtryRef><Amt Ccy=\"" + currency + "\">" + amount + "</Amt>"
        + "<CdtDbtInd>" + mark + "</CdtDbtInd>"
        + (v8 ? "<Sts><Cd>" + status + "</Cd></Sts>" : "<Sts>" + status + "</Sts>")
        + "<BookgDt><Dt>" + day + "</Dt></BookgDt><ValDt><Dt>" + day + "</Dt></ValDt>"
        + "<AcctSvcrRef>" + reference + "</AcctSvcrRef><BkTxCd/><NtryDtls><TxDtls><Refs>"
        + "<EndToEndId>" + endToEnd + "</EndToEndId>" + (mandate.isEmpty() ? "" : "<MndtId>" + mandate + "</MndtId>")
        + "</Refs><RltdPties>"
        + (v8 ? "<Dbtr><Pty><Nm>" + payer + "</Nm></Pty></Dbtr>" : "<Dbtr><Nm>" + payer + "</Nm></Dbtr>")
        + (iban.isEmpty() ? "" : "<DbtrAcct><Id><IBAN>" + iban + "</IBAN></Id></DbtrAcct>")
        + "</RltdPties><RmtInf><Ustrd>" + remittance + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
  }

  /** The 100 bookings of March 2027. */
  static String march2027(String version) {
    List<String> entries = new ArrayList<>();
    String[] mandates = {"MV-M-0001", "MV-M-0002", "MV-M-0003", "MV-M-0004", "MV-M-0006", "MV M 0012"};
    int n = 0;
    // 6 direct debits found by mandate reference.
    for (String mandate : mandates) {
      entries.add(entry(version, "R" + ++n, "2027-03-31", "60.00", "EUR", "CRDT", "BOOK", "MV-2027-" + n, mandate,
          "Mitgliedsbeitrag 2027", "Mitglied", ""));
    }
    // m07 by name (half the fee), m09 by member id, m13 by name, m10 by the IBAN of its mandate.
    entries.add(entry(version, "R" + ++n, "2027-03-20", "30.00", "EUR", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Beitrag 2027 Teilzahlung", "Gerda Graf", "DE82250500000001055433"));
    entries.add(entry(version, "R" + ++n, "2027-03-21", "60.00", "EUR", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Mitgliedsnr. m09 Beitrag 2027", "I. Imhof", "DE12500105170648489890"));
    entries.add(entry(version, "R" + ++n, "2027-03-22", "60.00", "EUR", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Jahresbeitrag", "Mia Moser", "DE89370400440532013000"));
    entries.add(entry(version, "R" + ++n, "2027-03-23", "60.00", "EUR", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Jahresbeitrag 2027", "J. J.", "DE07 2505 0000 0001 0791 90"));
    // 80 donations and sales from people who are no members.
    for (int k = 0; k < 80; k++) {
      entries.add(entry(version, "R" + ++n, "2027-03-" + String.format("%02d", 1 + k % 28), "25.00", "EUR", "CRDT",
          "BOOK", "NOTPROVIDED", "", "Spende Sommerfest " + k, "Gast " + k, ""));
    }
    // A debit, a pending booking, one in dollars, one naming two members, one before a member joined (see below).
    entries.add(entry(version, "R" + ++n, "2027-03-05", "120.00", "EUR", "DBIT", "BOOK", "NOTPROVIDED", "",
        "Saalmiete", "Gasthof", ""));
    entries.add(entry(version, "R" + ++n, "2027-03-30", "60.00", "EUR", "CRDT", "PDNG", "NOTPROVIDED", "",
        "Beitrag m11 2027", "Karla Kern", ""));
    entries.add(entry(version, "R" + ++n, "2027-03-12", "60.00", "USD", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Beitrag m08 2027", "Hans Hahn", ""));
    entries.add(entry(version, "R" + ++n, "2027-03-13", "120.00", "EUR", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Beiträge m05 und m11", "Familie", ""));
    // The same booking twice: the second is not imported again.
    entries.add(entry(version, "R" + ++n, "2027-03-14", "60.00", "EUR", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Beitrag m11 2027", "Karla Kern", ""));
    entries.add(entry(version, "R" + n, "2027-03-14", "60.00", "EUR", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Beitrag m11 2027", "Karla Kern", ""));
    // A fee for the year before the member joined: m14 joins in May (added by the test).
    entries.add(entry(version, "R" + ++n, "2027-03-15", "60.00", "EUR", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Beitrag m14", "Neu Mitglied", ""));
    // Three more members' payments by name in the remittance text.
    entries.add(entry(version, "R" + ++n, "2027-03-16", "60.00", "EUR", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Beitrag Anna Adler Nachtrag", "A. Adler", ""));
    entries.add(entry(version, "R" + ++n, "2027-03-17", "60.00", "EUR", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Lars Lang 2027", "L. Lang", ""));
    entries.add(entry(version, "R" + ++n, "2027-03-18", "60.00", "EUR", "CRDT", "BOOK", "NOTPROVIDED", "",
        "Beitrag Dieter Dorn", "D. Dorn", ""));
    return statement(version, entries);
  }

  static Association musterverein() {
    Association muster = Musterverein.association();
    List<de.nextnetz.domain.membership.Member> members = new ArrayList<>(muster.getMembers());
    members.add(de.nextnetz.domain.membership.Member.builder().id("m14").kind(de.nextnetz.domain.base.MembershipKind.PERSONAL)
        .person(de.nextnetz.domain.base.Person.of("p14", "Neu Mitglied")).start(LocalDate.of(2027, 5, 1)).build());
    return muster.toBuilder().members(members).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"camt.053.001.02", "camt.053.001.08"})
  @DisplayName("100 bookings, every one accounted for: 14 payments of members imported, 80 without a member, the rest with why")
  void every_booking_is_accounted_for(String version) {
    Association muster = musterverein();
    BankStatement statement = Camt053.read(march2027(version).getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
    assertThat(statement.version()).isEqualTo(version);
    assertThat(statement.account()).contains("DE28250500000009999999");
    assertThat(statement.entries()).hasSize(100);
    StatementImport result = StatementImport.of(muster, statement);
    assertThat(result.count(StatementImport.Outcome.IMPORTED)).isEqualTo(14);
    assertThat(result.count(StatementImport.Outcome.NO_MEMBER)).isEqualTo(80);
    assertThat(result.count(StatementImport.Outcome.DEBIT)).isEqualTo(1);
    assertThat(result.count(StatementImport.Outcome.PENDING)).isEqualTo(1);
    assertThat(result.count(StatementImport.Outcome.OTHER_CURRENCY)).isEqualTo(1);
    assertThat(result.count(StatementImport.Outcome.AMBIGUOUS)).isEqualTo(1);
    assertThat(result.count(StatementImport.Outcome.ALREADY_IMPORTED)).isEqualTo(1);
    assertThat(result.count(StatementImport.Outcome.BEFORE_MEMBERSHIP)).isEqualTo(1);
    assertThat(result.bookings()).hasSize(100);
    List<String> members = result.imported().stream().map(Payment::getMemberId).toList();
    assertThat(members).containsExactly("m01", "m02", "m03", "m04", "m06", "m12", "m07", "m09", "m13", "m10", "m11",
        "m01", "m12", "m04");
    Payment partial = result.imported().get(6);
    assertThat(partial.getAmount()).isEqualTo(Money.euros("30.00"));
    assertThat(partial.getFeeYear()).contains(Year.of(2027));
    assertThat(partial.getDay()).isEqualTo(LocalDate.of(2027, 3, 20));
  }

  @Test
  @DisplayName("Nothing imported twice: importing the same statement into the result imports nothing and changes nothing")
  void a_second_import_changes_nothing() {
    Association muster = musterverein();
    byte[] bytes = march2027("camt.053.001.08").getBytes(StandardCharsets.UTF_8);
    Association once = StatementImport.of(muster, Camt053.read(bytes, Locale.ENGLISH)).apply(muster);
    StatementImport again = StatementImport.of(once, Camt053.read(bytes, Locale.ENGLISH));
    assertThat(again.imported()).isEmpty();
    assertThat(again.count(StatementImport.Outcome.ALREADY_IMPORTED)).isEqualTo(15);
    Association twice = again.apply(once);
    NextJson json = NextJson.standard();
    assertThat(json.writeAssociationAsString(twice)).isEqualTo(json.writeAssociationAsString(once));
    assertThat(json.readAssociation(json.writeAssociationAsString(once))).isEqualTo(once);
  }

  @Test
  @DisplayName("§ 366 BGB: the imported payments settle 2027 in the ledgers: Gerda Graf has 30 EUR open, Anna Adler 60 EUR credit")
  void imported_payments_reach_the_ledgers() {
    Association muster = musterverein();
    Association once = StatementImport.of(muster, Camt053.read(march2027("camt.053.001.02")
        .getBytes(StandardCharsets.UTF_8), Locale.ENGLISH)).apply(muster);
    Ledgers ledgers = Ledgers.of(once, LocalDate.of(2027, 4, 1)).orElseThrow();
    assertThat(ledgers.get("m07").items().get(3).paid()).isEqualTo(Money.euros("30.00"));
    assertThat(ledgers.get("m01").credit()).isEqualTo(Money.euros("60.00"));
    assertThat(ledgers.get("m11").openItems()).extracting(item -> item.year()).containsExactly(Year.of(2026));
  }

  @Test
  @DisplayName("Bad statements are refused with where and why: not XML, not camt.053, another version, a missing amount, an account in dollars")
  void bad_statements() {
    assertThatThrownBy(() -> Camt053.read("Buchung;Betrag".getBytes(StandardCharsets.UTF_8), Locale.ENGLISH))
        .isInstanceOf(Camt053.NotAStatement.class).hasMessageContaining("not well-formed XML (line 1");
    assertThatThrownBy(() -> Camt053.read("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.08\"/>"
        .getBytes(StandardCharsets.UTF_8), Locale.ENGLISH)).hasMessageContaining("is not a camt.053 bank statement");
    assertThatThrownBy(() -> Camt053.read(statement("camt.053.001.04", List.of()).getBytes(StandardCharsets.UTF_8),
        Locale.GERMAN)).hasMessage("der Kontoauszug ist camt.053.001.04; diese Bibliothek liest camt.053.001.02,"
            + " camt.053.001.08");
    String noAmount = statement("camt.053.001.08", List.of(entry("camt.053.001.08", "R1", "2027-03-01", "60.00", "EUR",
        "CRDT", "BOOK", "x", "", "y", "z", "").replace("<Amt Ccy=\"EUR\">60.00</Amt>", "")));
    assertThatThrownBy(() -> Camt053.read(noAmount.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH))
        .hasMessage("booking 1 of the statement has no Amt");
    String dollars = statement("camt.053.001.08", List.of()).replace("<Ccy>EUR</Ccy>", "<Ccy>USD</Ccy>");
    BankStatement read = Camt053.read(dollars.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
    assertThatThrownBy(() -> StatementImport.of(musterverein(), read))
        .hasMessage("the statement's account is in USD; dues are recorded in EUR");
  }

  @Test
  @DisplayName("XML external entities are not resolved: a statement cannot read a file of the machine")
  void no_external_entities() {
    String hostile = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><Stmt>&x;</Stmt>"
        + "</BkToCstmrStmt></Document>";
    assertThatThrownBy(() -> Camt053.read(hostile.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH))
        .isInstanceOf(Camt053.NotAStatement.class).hasMessageNotContaining("root:");
  }

  @Test
  @DisplayName("Entity expansion, deep nesting and endless bookings are bounded: a billion laughs is refused, 10,000"
      + " nested elements stop at 32, the 100,001st booking is refused")
  void expansion_depth_and_size_are_bounded() {
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"ha\">");
    for (char c = 'b'; c <= 'k'; c++) {
      laughs.append("<!ENTITY ").append(c).append(" \"").append(("&" + (char) (c - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">&k;</Document>");
    assertThatThrownBy(() -> Camt053.read(laughs.toString().getBytes(StandardCharsets.UTF_8), Locale.ENGLISH))
        .isInstanceOf(Camt053.NotAStatement.class).hasMessageContaining("not well-formed XML");
    String deep = statement("camt.053.001.08", List.of("<Ntry>" + "<x>".repeat(10_000) + "</x>".repeat(10_000)
        + "</Ntry>"));
    assertThatThrownBy(() -> Camt053.read(deep.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH))
        .isInstanceOf(Camt053.NotAStatement.class)
        .hasMessage("the statement nests its elements deeper than 32 at line 2, deeper than any bank statement");
    String booking = entry("camt.053.001.08", "R", "2027-03-01", "1.00", "EUR", "CRDT", "BOOK", "e", "", "r", "p", "");
    List<String> many = java.util.Collections.nCopies(Camt053.MAX_ENTRIES, booking);
    assertThat(Camt053.read(statement("camt.053.001.08", many).getBytes(StandardCharsets.UTF_8), Locale.ENGLISH)
        .entries()).hasSize(Camt053.MAX_ENTRIES);
    List<String> tooMany = new ArrayList<>(many);
    tooMany.add(booking);
    assertThatThrownBy(() -> Camt053.read(statement("camt.053.001.08", tooMany).getBytes(StandardCharsets.UTF_8),
        Locale.GERMAN)).hasMessage("der Kontoauszug enthält mehr als 100.000 Buchungen; ihn in Teilen importieren");
  }

  @Test
  @DisplayName("A statement that is not UTF-8 is named by its byte, and the JDK's parser prints nothing of its own")
  void not_utf8_is_named_and_nothing_is_printed() {
    byte[] bytes = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\u00e4</Document>"
        .getBytes(StandardCharsets.ISO_8859_1);
    java.io.PrintStream before = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> Camt053.read(bytes, Locale.ENGLISH)).isInstanceOf(Camt053.NotAStatement.class)
          .hasMessage("the statement is not UTF-8 (an impossible byte sequence at byte 86); download it again from"
              + " the online bank");
      String withMark = "\uFEFF" + statement("camt.053.001.08", List.of());
      assertThat(Camt053.read(withMark.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH).entries()).isEmpty();
    } finally {
      System.setErr(before);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
