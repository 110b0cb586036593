package de.nextnetz.examples.cli;

import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.base.Money;
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
        .contains("\r\nP-001;persönlich;Gründungsmitglied 001 (Platzhalter);;;2018-07-12;;WAHR;;\r\n");
    assertThat(next("export", "members").out())
        .contains("\r\nP-001;personal;Gründungsmitglied 001 (Platzhalter);;;2018-07-12;;TRUE;;\r\n");
    assertThat(members.split("\r\n")).hasSize(117); // 116 members and the header

    assertThat(next("export", "events", "--year", "2024").out().split("\r\n")).hasSize(57); // 56 events and the header
    assertThat(next("export", "events").out().split("\r\n")).hasSizeGreaterThanOrEqualTo(57);

    String deadlines = next("export", "deadlines", "--from", "2026-01-01", "--days", "330").out();
    assertThat(deadlines).startsWith("\uFEFFdueBy;overdue;what;clause\r\n")
        .contains("\r\n2026-11-21;FALSE;Re-elect the board");
    assertThat(next("export", "deadlines", "--from", "2026-01-01", "--days", "300").out())
        .doesNotContain("Re-elect the board");
    assertThat(next("export", "deadlines", "--from", "2026-01-01", "--days", "330", "--lang", "de").out())
        .startsWith("\uFEFFFällig bis;Überfällig;Was;Grundlage\r\n").contains("\r\n2026-11-21;FALSCH;");

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
    assertThat(unknown.err()).contains("\"mitglieder\" is none of members, events, deadlines, budget-lines");
  }
  @Test
  @DisplayName("Members exported for Excel come back through import-members as the same document, byte for byte, in either"
      + " language: what the list has no column for (applications, cost shares, mandates) stays the document's")
  void members_round_trip_through_a_spreadsheet(@TempDir Path folder) throws IOException {
    String dataSet = dataSet();
    for (String lang : List.of("de", "en")) {
      Path csv = folder.resolve("mitglieder-" + lang + ".csv");
      assertThat(next("export", "members", "--lang", lang, "--output", csv.toString()).code()).isZero();

      NextCliTest.Run imported = next("import-members", csv.toString(), "--lang", lang);

      assertThat(imported.code()).as(imported.err()).isZero();
      assertThat(imported.out()).isEqualTo(dataSet);
    }
  }

  /** The member list of issue 29 as German Excel saves it ("CSV (Trennzeichen-getrennt)": Windows-1252, ';', CRLF). */
  private static final String GERMAN_EXCEL = String.join("\r\n",
      "ID;Art;Name;Titel;Organisationsart;Beginn;Ende;Gründungsmitglied;Jahresbeitrag;Währung",
      "P-1;persönlich;Anna Beispiel;Dr.;;2.6.2025;;WAHR;60,00 €;",
      "P-2;Persönlich;Bert Muster;;;04.06.25;31.12.25;FALSCH;\"1.000,00\";EUR",
      "K-1;institutionell;Stadt Musterhausen;;Kommune;01.01.2024;;FALSCH;\"1.000,00 €\";",
      "K-2;assoziiert;Gemeinde Beispielheim;;Gemeinde;2024-03-01;;WAHR;500;EUR",
      "P-3;persönlich;Clara Neu;;;15.07.2026;;falsch;;",
      "V-1;institutionell;Förderverein;;Verein;1.1.2020;;ja;\"1.200,50\";",
      "P-4;persönlich;Dora Alt;;;03.03.99;;nein;60;", "");

  @Test
  @DisplayName("A member list saved by German Excel imports completely: WAHR/FALSCH, 1.000,00, 2.6.2025, 04.06.25,"
      + " 60,00 €, Kommune and Gemeinde")
  void a_member_list_saved_by_german_excel_imports_completely(@TempDir Path folder) throws IOException {
    Path csv = Files.write(folder.resolve("mitglieder.csv"), GERMAN_EXCEL.getBytes(Charset.forName("windows-1252")));

    NextCliTest.Run run = next("import-members", csv.toString(), "--lang", "de");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).startsWith(csv + ": 7 Mitglieder, 0 Zeilen nicht zugeordnet\n");
    de.nextnetz.domain.Association read = de.nextnetz.json.NextJson.standard().readAssociation(run.out());
    assertThat(read.getMembers()).extracting(SpreadsheetCliTest::listed).containsExactly(
        List.of("P-1", MembershipKind.PERSONAL, "Dr. Anna Beispiel", LocalDate.of(2025, 6, 2), Optional.empty(), true,
            Optional.of(Money.euros("60.00")), ""),
        List.of("P-2", MembershipKind.PERSONAL, "Bert Muster", LocalDate.of(2025, 6, 4), Optional.of(LocalDate.of(2025, 12, 31)),
            false, Optional.of(Money.euros("1000.00")), ""),
        List.of("K-1", MembershipKind.INSTITUTIONAL, "Stadt Musterhausen", LocalDate.of(2024, 1, 1), Optional.empty(), false,
            Optional.of(Money.euros("1000.00")), "MUNICIPALITY"),
        List.of("K-2", MembershipKind.ASSOCIATED, "Gemeinde Beispielheim", LocalDate.of(2024, 3, 1), Optional.empty(), true,
            Optional.of(Money.euros("500.00")), "MUNICIPALITY"),
        List.of("P-3", MembershipKind.PERSONAL, "Clara Neu", LocalDate.of(2026, 7, 15), Optional.empty(), false,
            Optional.empty(), ""),
        List.of("V-1", MembershipKind.INSTITUTIONAL, "Förderverein", LocalDate.of(2020, 1, 1), Optional.empty(), true,
            Optional.of(Money.euros("1200.50")), "ASSOCIATION"),
        List.of("P-4", MembershipKind.PERSONAL, "Dora Alt", LocalDate.of(1999, 3, 3), Optional.empty(), false,
            Optional.of(Money.euros("60.00")), ""));
  }

  @Test
  @DisplayName("A member list saved by English Excel (US): TRUE/FALSE, 1,000.00, month/day/year as a day above 12 shows")
  void a_member_list_saved_by_english_excel(@TempDir Path folder) throws IOException {
    Path csv = Files.writeString(folder.resolve("members.csv"), String.join("\r\n",
        "id,kind,name,organisationKind,start,end,founding,annualFee", "P-1,personal,Anna Example,,6/2/2025,12/31/2025,TRUE,60.00",
        "M-1,institutional,City of Example,municipality,1/13/2024,,FALSE,\"1,000.00\"", ""));

    NextCliTest.Run run = next("import-members", csv.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(de.nextnetz.json.NextJson.standard().readAssociation(run.out()).getMembers()).extracting(SpreadsheetCliTest::listed)
        .containsExactly(List.of("P-1", MembershipKind.PERSONAL, "Anna Example", LocalDate.of(2025, 6, 2),
            Optional.of(LocalDate.of(2025, 12, 31)), true, Optional.of(Money.euros("60.00")), ""),
            List.of("M-1", MembershipKind.INSTITUTIONAL, "City of Example", LocalDate.of(2024, 1, 13), Optional.empty(), false,
                Optional.of(Money.euros("1000.00")), "MUNICIPALITY"));
  }

  @Test
  @DisplayName("A member list as the office types it: each bad cell named in the chosen language with the header's"
      + " column name; nothing is written, and the corrected list then imports")
  void a_failed_member_import_writes_nothing(@TempDir Path folder) throws IOException {
    String bad = String.join("\r\n", "ID;Art;Name;Titel;Beginn;Ende;Jahresbeitrag",
        "m-1;persönlich;Anna Beispiel;Dr.;01.02.2025;;60,00", "m-2;institutionell;Stadt Musterhausen;;2025-03-01;31.12.2025;1000",
        "m-3;Ehrenmitglied;Bert Beispiel;;30.02.2025;;1.000", "m-4;persönlich;Clara Neu;;02/03/2025;;", "");
    Path csv = Files.write(folder.resolve("liste.csv"), bad.getBytes(Charset.forName("windows-1252")));
    Path output = folder.resolve("verein.json");

    NextCliTest.Run german = next("import-members", csv.toString(), "--lang", "de", "--output", output.toString());
    NextCliTest.Run english = next("import-members", csv.toString());

    assertThat(german.code()).isEqualTo(2);
    assertThat(Files.exists(output)).isFalse();
    assertThat(german.err()).isEqualTo(csv + ": 2 Mitglieder, 2 Zeilen nicht zugeordnet\n"
        + "  " + csv + ", Zeile 4:\n"
        + "    Art „Ehrenmitglied“ ist keine Art der Mitgliedschaft; möglich sind persönlich, institutionell und assoziiert\n"
        + "    Beginn „30.02.2025“ ist kein Datum wie 21.11.2024 oder 2024-11-21\n"
        + "    Jahresbeitrag „1.000“ kann tausend oder eine Dezimalzahl sein; bitte 1000 oder 1.000,00 schreiben\n"
        + "  " + csv + ", Zeile 5:\n"
        + "    Beginn „02/03/2025“ kann Tag/Monat oder Monat/Tag sein, und kein anderes Datum der Datei zeigt, was gilt;"
        + " bitte 21.11.2024 oder 2024-11-21 schreiben\n"
        + "nichts wurde geschrieben; bitte die Zeilen korrigieren und den Befehl erneut aufrufen\n");
    assertThat(english.code()).isEqualTo(2);
    assertThat(english.out()).isEmpty();
    assertThat(english.err()).contains("line 4:\n    Art \"Ehrenmitglied\" is no kind of membership; write personal,"
        + " institutional or associated\n").endsWith("nothing was written; correct the lines and run the command again\n");

    Files.write(csv, bad.replace("Ehrenmitglied", "persönlich").replace("30.02.2025", "28.02.2025").replace(";1.000", ";1000")
        .replace("02/03/2025", "2.3.2025").getBytes(Charset.forName("windows-1252")));
    NextCliTest.Run corrected = next("import-members", csv.toString(), "--lang", "de", "--output", output.toString());
    assertThat(corrected.code()).as(corrected.err()).isZero();
    assertThat(de.nextnetz.json.NextJson.standard().readAssociation(Files.readString(output)).getMembers())
        .extracting(de.nextnetz.domain.membership.Member::getName)
        .containsExactly("Dr. Anna Beispiel", "Stadt Musterhausen", "Bert Beispiel", "Clara Neu");

    NextCliTest.Run badHeader = next("import-members", Files.writeString(folder.resolve("kopf.csv"), "ID;Farbe\n1;rot\n").toString(),
        "--lang", "de");
    assertThat(badHeader.code()).isEqualTo(2);
    assertThat(badHeader.err()).contains("Zeile 1: unbekannte Spalte „Farbe“; bekannt sind ID, Art, Name, Titel,");
    NextCliTest.Run missing = next("import-members", Files.writeString(folder.resolve("ohne.csv"), "ID;Art;Name\n").toString());
    assertThat(missing.err()).contains("line 1: the header lacks the column start\n");
  }

  private static String dataSet() throws IOException {
    try (java.io.InputStream in = Next.class.getResourceAsStream("/de/nextnetz/examples/next-2024.json")) {
      return new String(java.util.Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  @DisplayName("Events exported for Excel come back through import-events --into as the same document, byte for byte, in"
      + " either language; so does Table 1 of the activity report")
  void events_round_trip_through_a_spreadsheet(@TempDir Path folder) throws IOException {
    Path document = Files.writeString(folder.resolve("next.json"), dataSet());
    for (String lang : List.of("de", "en")) {
      Path csv = folder.resolve("veranstaltungen-" + lang + ".csv");
      assertThat(next("export", "events", "--lang", lang, "--output", csv.toString()).code()).isZero();
      assertThat(Files.readString(csv)).contains(lang.equals("de")
          ? "\r\n2024-01;2024-01-17;;NExTcommunity;Cloud für die Verwaltung;virtuell;Cloud für die Verwaltung;\r\n"
          : "\r\n2024-41;2024-09-26;;NExTnetzwerk;Sommerfest;in person;;Berlin\r\n");

      NextCliTest.Run imported = next("import-events", csv.toString(), "--into", document.toString(), "--lang", lang);
      NextCliTest.Run alone = next("import-events", csv.toString());

      assertThat(imported.code()).as(imported.err()).isZero();
      assertThat(imported.out()).isEqualTo(dataSet());
      assertThat(alone.code()).isZero();
      assertThat(alone.err()).startsWith(csv + ": 56 rows, 56 events, 0 unmapped");
    }
    NextCliTest.Run table1 = next("import-events", NextCliTest.table1(folder).toString(), "--into", document.toString());
    assertThat(table1.code()).as(table1.err()).isZero();
    assertThat(table1.out()).isEqualTo(dataSet());
  }

  @Test
  @DisplayName("import-events --into the Musterverein: a new event is added, a bad row is named in the chosen language"
      + " with the association's name, and then nothing is written")
  void import_events_into_another_association(@TempDir Path folder) throws IOException {
    Path verein = folder.resolve("verein.json");
    assertThat(next("init", verein.toString(), "--lang", "de").code()).isZero();
    Path good = Files.writeString(folder.resolve("gut.csv"),
        "ID;Datum;Ende;Format;Titel;Modus;Community;Ort\nb-1;12.03.2026;13.03.26;NExTbasics;Satzung lesen;Präsenz;;Vereinsheim\n");
    Path bad = Files.writeString(folder.resolve("schlecht.csv"), """
        ID;Datum;Ende;Format;Titel;Modus;Community;Ort
        w-1;12.03.2026;;Kaffeeklatsch;Satzungsworkshop;Präsenz;;Vereinsheim
        w-2;20.03.2026;;NExTbasics;Grundlagen;online;Gibtsnicht;
        """);
    Path output = folder.resolve("neu.json");

    NextCliTest.Run added = next("import-events", good.toString(), "--into", verein.toString());
    NextCliTest.Run refused = next("import-events", bad.toString(), "--into", verein.toString(), "--lang", "de",
        "--output", output.toString());
    NextCliTest.Run both = next("import-events", good.toString(), "--into", verein.toString(), "--communities", verein.toString());

    de.nextnetz.domain.Association read = de.nextnetz.json.NextJson.standard().readAssociation(added.out());
    de.nextnetz.domain.Association before = de.nextnetz.json.NextJson.standard().readAssociation(Files.readString(verein));
    assertThat(read.getEvents()).hasSize(before.getEvents().size() + 1);
    assertThat(read.getEvents()).filteredOn(event -> event.getId().equals("b-1")).singleElement().satisfies(event -> {
      assertThat(event.getEndDate()).contains(LocalDate.of(2026, 3, 13));
      assertThat(event.getLocation()).contains("Vereinsheim");
    });
    assertThat(refused.code()).isEqualTo(2);
    assertThat(Files.exists(output)).isFalse();
    String name = before.getShortName();
    assertThat(refused.err()).isEqualTo(bad + ": 2 Zeilen, 0 Veranstaltungen, 2 nicht zugeordnet\n"
        + "  " + bad + ", Zeile 2:\n    Format „Kaffeeklatsch“ ist kein Veranstaltungsformat von " + name + "\n"
        + "  " + bad + ", Zeile 3:\n    Community „Gibtsnicht“: " + name + " hat keine Community dieses Namens\n"
        + "nichts wurde geschrieben; bitte die Zeilen korrigieren und den Befehl erneut aufrufen\n");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--into and --communities together");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"deadlines --from 2026-01-01 --days 400", "deadlines musterverein.json --from 2025-01-01 --days 800",
      "reminders musterverein.json --from 2026-11-22", "budget-lines --year 2025"})
  @DisplayName("The tables without an import (deadlines, reminders, budget lines) read back cell for cell in both"
      + " languages: as many cells on each line as the header has, every written row one line")
  void every_other_export_reads_back(String command) {
    for (String lang : List.of("de", "en")) {
      List<String> args = new java.util.ArrayList<>(java.util.Arrays.asList(java.util.regex.Pattern.compile(" ").split(command)));
      args.add(0, "export");
      args.addAll(List.of("--lang", lang));
      NextCliTest.Run run = next(args.toArray(String[]::new));
      assertThat(run.code()).as(run.err()).isZero();
      de.nextnetz.json.table.Spreadsheets.Table table =
          de.nextnetz.json.table.Spreadsheets.read(run.out().getBytes(StandardCharsets.UTF_8));
      List<String> written = List.of(java.util.regex.Pattern.compile("\r\n").split(run.out().substring(1), -1));
      assertThat(table.lines()).hasSize(written.size() - 1).hasSizeGreaterThan(1);
      int columns = table.lines().get(0).cells().size();
      assertThat(table.lines()).allSatisfy(line -> assertThat(line.cells()).hasSize(columns));
      assertThat(table.lines().get(0).cells()).containsExactlyElementsOf(List.of(java.util.regex.Pattern.compile(";").split(written.get(0), -1)));
    }
  }

  @Test
  @DisplayName("An association's own event formats: next init's Workshop (alias Werkstatt) and Stammtisch are read by name"
      + " and alias, counted as the kind they stand for, and exported under their own names")
  void own_event_formats_both_ways(@TempDir Path folder) throws IOException {
    Path verein = folder.resolve("verein.json");
    assertThat(next("init", verein.toString()).code()).isZero();
    Path table = Files.writeString(folder.resolve("termine.csv"), """
        ID;Datum;Ende;Format;Titel;Modus;Community;Ort
        w-1;12.03.2026;;Workshop;Satzung lesen;Präsenz;;Vereinsheim
        w-2;20.03.2026;;werkstatt;Kasse prüfen;online;;
        s-1;2.4.2026;;Stammtisch;April;Präsenz;;Krug
        """);
    Path written = folder.resolve("neu.json");

    NextCliTest.Run run = next("import-events", table.toString(), "--into", verein.toString(), "--output", written.toString());
    NextCliTest.Run exported = next("export", "events", written.toString(), "--lang", "de");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(de.nextnetz.json.NextJson.standard().readAssociation(Files.readString(written)).getEvents())
        .filteredOn(event -> event.getId().matches("[ws]-\\d"))
        .extracting(event -> event.getFormat() + " " + event.getFormatName().orElse(""))
        .containsExactly("NEXTWERKSTATT Workshop", "NEXTWERKSTATT Workshop", "NETWORK_EVENT Stammtisch");
    assertThat(exported.out()).contains("\r\nw-1;2026-03-12;;Workshop;Satzung lesen;Präsenz;;Vereinsheim\r\n")
        .contains("\r\nw-2;2026-03-20;;Workshop;Kasse prüfen;virtuell;;\r\n")
        .contains("\r\ns-1;2026-04-02;;Stammtisch;April;Präsenz;;Krug\r\n");
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
    assertThat(into.err()).contains("7 members of the document are not in the list and no longer in the written document:"
        + " Gründungsmitglied 1, Gründungsmitglied 2, Gründungsmitglied 3, Gründungsmitglied 4, Gründungsmitglied 5, …\n");
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
