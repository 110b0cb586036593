package de.nextnetz.bench;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.json.bank.BankStatement;
import de.nextnetz.json.bank.Camt053;
import de.nextnetz.json.bank.StatementImport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A bank statement of {@code entries} bookings against an association of 10,000 members: reading the camt.053 file
 * and matching every booking to a member (a third by member id, a third by name, a third by nobody).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@SuppressWarnings("NullAway.Init") // JMH calls the @Setup method before any benchmark
public class StatementBenchmark {

  /** The number of bookings. */
  @Param({"100000"})
  public int entries;

  private Association association;
  private byte[] file;
  private BankStatement statement;

  /** Builds the association with its dues and the statement once per trial. */
  @Setup
  public void build() {
    association = DuesBenchmark.withDues(Generated.association(10_000, 42), 42);
    file = statement(association.getMembers(), entries, 7).getBytes(StandardCharsets.UTF_8);
    statement = Camt053.read(file, Locale.ROOT);
  }

  /** A camt.053.001.08 statement of credits in March 2027. */
  static String statement(List<Member> members, int entries, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder xml = new StringBuilder(entries * 600);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:")
        .append("camt.053.001.08\"><BkToCstmrStmt><Stmt><Acct><Id><IBAN>DE28250500000009999999</IBAN></Id>")
        .append("<Ccy>EUR</Ccy></Acct>");
    for (int k = 0; k < entries; k++) {
      Member member = members.get(random.nextInt(members.size()));
      int way = k % 3;
      String remittance = way == 0 ? "Beitrag 2027 " + member.getId() : way == 1 ? "Jahresbeitrag 2027"
          : "Spende " + k;
      String payer = way == 1 ? member.getName() : "Gast " + k;
      xml.append("<Ntry><Amt Ccy=\"EUR\">60.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>")
          .append("<BookgDt><Dt>2027-03-").append(String.format(Locale.ROOT, "%02d", 1 + k % 28))
          .append("</Dt></BookgDt><AcctSvcrRef>S").append(k).append("</AcctSvcrRef><NtryDtls><TxDtls>")
          .append("<RltdPties><Dbtr><Pty><Nm>").append(payer).append("</Nm></Pty></Dbtr></RltdPties>")
          .append("<RmtInf><Ustrd>").append(remittance).append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>");
    }
    return xml.append("</Stmt></BkToCstmrStmt></Document>").toString();
  }

  /**
   * Reads the file.
   *
   * @return the statement
   */
  @Benchmark
  public BankStatement read() {
    return Camt053.read(file, Locale.ROOT);
  }

  /**
   * Matches the bookings read to the members.
   *
   * @return what became of each booking
   */
  @Benchmark
  public StatementImport match() {
    return StatementImport.of(association, statement);
  }
}
