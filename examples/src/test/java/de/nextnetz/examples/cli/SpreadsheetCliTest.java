package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spreadsheets in and out on the command line: Table 1 as Excel saves it, and the office's tables for Excel. */
class SpreadsheetCliTest {

  /** Table 1 as German Excel saves it ("CSV (Trennzeichen-getrennt)" or "CSV UTF-8"): ';', CRLF, quoted where needed. */
  private static byte[] asExcel(Path tsv, Charset charset, boolean bom) throws IOException {
    String csv = Files.readString(tsv, StandardCharsets.UTF_8).lines()
        .map(line -> List.of(line.split("\t", -1)).stream()
            .map(cell -> cell.contains(";") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell)
            .collect(Collectors.joining(";")))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(csv.getBytes(charset));
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"windows-1252", "UTF-8 with BOM"})
  @DisplayName("Tätigkeitsbericht 2024, Tabelle 1 saved by Excel (';', CRLF) imports to the same 56 events on 57 rows as the TSV")
  void table1_saved_by_excel_imports_like_the_tsv(String how, @TempDir Path folder) throws IOException {
    Path tsv = NextCliTest.table1(folder);
    boolean utf8 = how.startsWith("UTF-8");
    Path csv = Files.write(folder.resolve("tabelle1.csv"),
        asExcel(tsv, utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"), utf8));

    NextCliTest.Run fromExcel = next("import-events", csv.toString());
    NextCliTest.Run fromTsv = next("import-events", tsv.toString());

    assertThat(fromExcel.code()).as(fromExcel.err()).isZero();
    assertThat(fromExcel.err()).startsWith(csv + ": 57 rows, 56 events, 0 unmapped");
    assertThat(fromExcel.out()).isEqualTo(fromTsv.out());
  }

  @Test
  @DisplayName("An empty file, or one of separators only, is an error, not an empty import")
  void an_empty_table_is_an_error(@TempDir Path folder) throws IOException {
    Path empty = Files.write(folder.resolve("leer.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ';', ';', '\r', '\n'});
    NextCliTest.Run run = next("import-events", empty.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("next: " + empty + ": the table is empty\n");
  }

  @Test
  @DisplayName("next export writes members, events, deadlines and budget lines as Excel opens them: BOM, ';', CRLF")
  void export_writes_what_excel_opens() {
    String members = next("export", "members", "--lang", "de").out();
    assertThat(members).startsWith("\uFEFFID;Art;Name;Titel;Organisationsart;Beginn;Ende;Gründungsmitglied;Jahresbeitrag;Währung\r\n")
        .contains("\r\nP-001;PERSONAL;Gründungsmitglied 001 (Platzhalter);;;2018-07-12;;true;;\r\n");
    assertThat(members.split("\r\n")).hasSize(117); // 116 members and the header

    assertThat(next("export", "events", "--year", "2024").out().split("\r\n")).hasSize(57); // 56 events and the header
    assertThat(next("export", "events").out().split("\r\n")).hasSizeGreaterThanOrEqualTo(57);

    String deadlines = next("export", "deadlines", "--from", "2026-01-01", "--days", "330").out();
    assertThat(deadlines).startsWith("\uFEFFdueBy;overdue;rule;path;what;clause\r\n")
        .contains("2026-11-21;false;BOARD_ELECTION_OVERDUE;/board;Re-elect the board");
    assertThat(next("export", "deadlines", "--from", "2026-01-01", "--days", "300").out())
        .doesNotContain("BOARD_ELECTION_OVERDUE");

    String budget = next("export", "budget-lines", "--year", "2025", "--lang", "de").out();
    assertThat(budget).contains("\r\n2025;next-ev;NExT e. V.;Dezernat VII;500,00;EUR;Dezernat III/20\r\n");
    assertThat(next("export", "budget-lines", "--year", "2025").out()).contains(";500.00;EUR;");
  }

  @Test
  @DisplayName("next export --output writes the file with its byte-order mark and keeps an existing one")
  void export_to_a_file(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("mitglieder.csv");

    assertThat(next("export", "members", "--output", file.toString()).code()).isZero();
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(bytes[1]).isEqualTo((byte) 0xBB);
    assertThat(bytes[2]).isEqualTo((byte) 0xBF);
    NextCliTest.Run again = next("export", "members", "--output", file.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).endsWith("exists; --force replaces it\n");
    NextCliTest.Run unknown = next("export", "mitglieder");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("'mitglieder' is none of members, events, deadlines, budget-lines");
  }
  @Test
  @DisplayName("Members exported for Excel come back as the same 116 members through import-members, in either language")
  void members_round_trip_through_a_spreadsheet(@TempDir Path folder) throws IOException {
    for (String lang : List.of("de", "en")) {
      Path csv = folder.resolve("mitglieder-" + lang + ".csv");
      assertThat(next("export", "members", "--lang", lang, "--output", csv.toString()).code()).isZero();

      NextCliTest.Run imported = next("import-members", csv.toString(), "--lang", lang);

      assertThat(imported.code()).as(imported.err()).isZero();
      de.nextnetz.domain.Association read = de.nextnetz.json.NextJson.standard().readAssociation(imported.out());
      // What the list carries comes back; what it has no column for (cost shares, representatives, the
      // application, the person's own id) is the document's, not the spreadsheet's.
      assertThat(read.getMembers()).extracting(SpreadsheetCliTest::listed)
          .isEqualTo(de.nextnetz.domain.seeds.NextSeeds.association().getMembers().stream().map(SpreadsheetCliTest::listed).toList());
      assertThat(read.getMembers()).hasSize(116);
    }
  }

  @Test
  @DisplayName("A member list as the office types it: German words and days, a comma in the fee; a bad line is named, not dropped")
  void a_hand_made_member_list(@TempDir Path folder) throws IOException {
    String list = String.join("\r\n", "ID;Art;Name;Titel;Beginn;Ende;Jahresbeitrag",
        "m-1;persönlich;Anna Beispiel;Dr.;01.02.2025;;60,00", "m-2;institutionell;Stadt Musterhausen;;2025-03-01;31.12.2025;1000",
        "m-3;Ehrenmitglied;Bert Beispiel;;30.02.2025;;", "");
    Path csv = Files.write(folder.resolve("liste.csv"), list.getBytes(Charset.forName("windows-1252")));

    NextCliTest.Run run = next("import-members", csv.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith(csv + ": 2 members, 1 line unmapped\n")
        .contains("line 4: kind must be PERSONAL, INSTITUTIONAL or ASSOCIATED (persönlich, institutionell, assoziiert),"
            + " but was \"Ehrenmitglied\"; start must be a day (2024-11-21 or 21.11.2024), but was \"30.02.2025\"");
    de.nextnetz.domain.Association read = de.nextnetz.json.NextJson.builder().validate(false).build().readAssociation(run.out());
    assertThat(read.getMembers()).extracting(de.nextnetz.domain.membership.Member::getName)
        .containsExactly("Dr. Anna Beispiel", "Stadt Musterhausen");
    assertThat(read.getMembers().get(0).getAnnualFee()).contains(de.nextnetz.domain.base.Money.euros("60.00"));
    NextCliTest.Run badHeader = next("import-members", Files.writeString(folder.resolve("kopf.csv"), "ID;Farbe\n1;rot\n").toString());
    assertThat(badHeader.code()).isEqualTo(2);
    assertThat(badHeader.err()).contains("line 1: unknown column \"Farbe\"");
  }

  @Test
  @DisplayName("import-members --into puts the list into another association's document, here one made by next init")
  void import_members_into_ones_own_association(@TempDir Path folder) throws IOException {
    Path verein = folder.resolve("verein.json");
    assertThat(next("init", verein.toString()).code()).isZero();
    Path csv = Files.writeString(folder.resolve("liste.csv"), "ID;Art;Name;Beginn\nm-9;persönlich;Clara Neu;2026-11-22\n");

    NextCliTest.Run into = next("import-members", csv.toString(), "--into", verein.toString());
    NextCliTest.Run embedded = next("import-members", csv.toString());

    de.nextnetz.domain.Association read = de.nextnetz.json.NextJson.standard().readAssociation(into.out());
    assertThat(read.getName()).isEqualTo("Musterverein");
    assertThat(read.getMembers()).extracting(de.nextnetz.domain.membership.Member::getName).containsExactly("Clara Neu");
    assertThat(de.nextnetz.json.NextJson.builder().validate(false).build().readAssociation(embedded.out()).getShortName())
        .isEqualTo("NExT");
  }

  @Test
  @DisplayName("A member list of more than 100,000 rows is refused whole, not cut to the first 100,000")
  void a_too_long_member_list_is_refused(@TempDir Path folder) throws IOException {
    StringBuilder list = new StringBuilder("ID;Art;Name;Beginn\n");
    for (int i = 0; i < 100_010; i++) {
      list.append("m-").append(i).append(";persönlich;Person ").append(i).append(";2025-01-01\n");
    }
    Path csv = Files.writeString(folder.resolve("lang.csv"), list);

    NextCliTest.Run run = next("import-members", csv.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("next: " + csv + ": more than 100,000 rows; import the table in parts\n");
  }

  private static List<Object> listed(de.nextnetz.domain.membership.Member member) {
    return List.of(member.getId(), member.getKind(), member.getName(), member.getStart(), member.getEnd(), member.isFounding(),
        member.getAnnualFee(), member.getOrganisation().map(organisation -> organisation.getKind().name()).orElse(""));
  }

  @Test
  @DisplayName("import-members refuses a list of 100,001 members, more than a document holds, and writes nothing")
  void import_members_refuses_more_members_than_a_document_holds(@TempDir Path folder) throws IOException {
    StringBuilder table = new StringBuilder("id;kind;name;title;organisationKind;start;end;founding;annualFee;currency\r\n");
    for (int i = 1; i <= 100_001; i++) {
      table.append('P').append(i).append(";PERSONAL;Mitglied ").append(i).append(";;;2020-01-01;;false;;\r\n");
    }
    Path csv = Files.writeString(folder.resolve("viele.csv"), table);
    Path output = folder.resolve("verein.json");

    NextCliTest.Run run = next("import-members", csv.toString(), "--output", output.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("next: " + csv + ": 100,001 members are more than an association document holds"
        + " (at most 100,000); nothing was written\n");
    assertThat(Files.exists(output)).isFalse();
  }
}
