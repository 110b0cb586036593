package de.nextnetz.json.table;

import de.nextnetz.domain.base.TableLine;
import de.nextnetz.domain.event.EventTable;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Reads and writes tables as spreadsheets save them. Reading decides the encoding (a byte-order
 * mark of UTF-8 or UTF-16; else UTF-8 if the bytes are UTF-8; else Windows-1252, as German Excel
 * saves "CSV (Trennzeichen-getrennt)") and the separator (the one of tab, {@code ;} and {@code ,}
 * that the first non-blank line has most of), then lets Jackson's CSV parser split quoted cells.
 * Writing gives what Excel opens as a table: UTF-8 with a byte-order mark, {@code ;}, CRLF, cells
 * quoted where needed. Every line keeps its number in the file, so errors name it.
 */
public final class Spreadsheets {

  private static final CsvMapper MAPPER = CsvMapper.builder().build();
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Spreadsheets() {}

  /**
   * A table read from a file.
   *
   * @param encoding the encoding it was read in
   * @param separator the separator of its cells
   * @param lines its lines, numbered as in the file
   */
  public record Table(Charset encoding, char separator, List<TableLine> lines) {
    /**
     * Creates a table.
     *
     * @param encoding the encoding
     * @param separator the separator
     * @param lines the lines
     */
    public Table {
      lines = List.copyOf(lines);
    }

    /** {@return whether the table has no cell with text} */
    public boolean isEmpty() {
      return lines.stream().allMatch(line -> line.cells().stream().allMatch(String::isBlank));
    }
  }

  /** A file that is not a text table: what is wrong and where. */
  public static final class NotATable extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Reason {
      /** The bytes are text in none of the encodings read. */
      ENCODING,
      /** The text holds a control character other than tab and line breaks. */
      CONTROL_CHARACTER,
      /** The CSV is malformed, e.g. a quote is not closed. */
      MALFORMED,
      /** More lines than {@link EventTable#MAX_ROWS} (and a header): a table of a year is smaller. */
      TOO_MANY_LINES
    }

    /** What is wrong. */
    private final Reason reason;

    /** The line, from 1; 0 where no line can be named. */
    private final int line;

    NotATable(Reason reason, int line, String message) {
      super(message);
      this.reason = reason;
      this.line = line;
    }

    /** {@return what is wrong} */
    public Reason reason() {
      return reason;
    }

    /** {@return the line, from 1; 0 where no line can be named (an encoding)} */
    public int line() {
      return line;
    }
  }

  /**
   * Reads a table.
   *
   * @param bytes the file's bytes
   * @return the table
   * @throws NotATable if the bytes are no text in any of the encodings, hold control characters
   *     other than tab and line breaks, or the CSV is malformed (an unclosed quote)
   * @throws EventTable.LimitExceeded if a line is longer than {@link EventTable#MAX_LINE} characters
   */
  public static Table read(byte[] bytes) {
    Charset encoding;
    String text;
    if (startsWith(bytes, UTF8_BOM)) {
      encoding = StandardCharsets.UTF_8;
      text = decode(bytes, 3, StandardCharsets.UTF_8)
          .orElseThrow(() -> new NotATable(NotATable.Reason.ENCODING, 0, "not UTF-8, although it starts with a UTF-8 byte-order mark"));
    } else if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      encoding = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      Charset utf16 = encoding;
      text = decode(bytes, 2, utf16).orElseThrow(() -> new NotATable(NotATable.Reason.ENCODING, 0,
          "not UTF-16, although it starts with its byte-order mark"));
    } else {
      java.util.Optional<String> utf8 = decode(bytes, 0, StandardCharsets.UTF_8);
      encoding = utf8.isPresent() ? StandardCharsets.UTF_8 : WINDOWS_1252;
      text = utf8.or(() -> decode(bytes, 0, WINDOWS_1252))
          .orElseThrow(() -> new NotATable(NotATable.Reason.ENCODING, 0, "neither UTF-8 nor Windows-1252 text"));
    }
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
        throw new NotATable(NotATable.Reason.CONTROL_CHARACTER, line, String.format(java.util.Locale.ROOT,
            "line %d: holds the control character U+%04X; a table is text", line, (int) c));
      }
    }
    char separator = separatorOf(text);
    return new Table(encoding, separator, lines(text, separator));
  }

  private static List<TableLine> lines(String text, char separator) {
    CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withColumnSeparator(separator).withQuoteChar('"');
    List<TableLine> lines = new ArrayList<>();
    try (JsonParser parser = MAPPER.reader().with(schema).createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.START_ARRAY) {
          continue;
        }
        // The row's line is its first cell's: the parser places the row's own start at the previous line.
        int number = -1;
        List<String> cells = new ArrayList<>();
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
          if (number < 0) {
            number = parser.currentTokenLocation().getLineNr();
          }
          cells.add(textOf(parser.getString()));
        }
        if (number < 0) {
          number = parser.currentLocation().getLineNr();
        }
        lines.add(new TableLine(number, cells));
        if (lines.size() > EventTable.MAX_ROWS + 2) {
          // Refused, not cut: a table of any kind read from here stays whole or is not read at all.
          throw new NotATable(NotATable.Reason.TOO_MANY_LINES, number,
              "more than " + EventTable.MAX_ROWS + " rows");
        }
      }
    } catch (JacksonException e) {
      int opened = unclosedQuote(text);
      int line = opened > 0 ? opened : e.getLocation() != null ? e.getLocation().getLineNr() : 0;
      throw new NotATable(NotATable.Reason.MALFORMED, line, "line " + line + ": not a well-formed table");
    }
    return lines;
  }

  /** The line on which a quote opens that is never closed, or 0. */
  private static int unclosedQuote(String text) {
    int line = 1;
    int opened = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        opened = opened == 0 ? line : 0; // a doubled quote inside a quoted cell closes and opens again
      } else if (c == '\n') {
        line++;
      }
    }
    return opened;
  }

  /** The separator the first non-blank line has most of: tab, then {@code ;}, then {@code ,} on a tie. */
  static char separatorOf(String text) {
    for (String line : (Iterable<String>) text.lines()::iterator) {
      if (line.isBlank()) {
        continue;
      }
      long tabs = count(line, '\t');
      long semicolons = count(line, ';');
      long commas = count(line, ',');
      if (tabs >= semicolons && tabs >= commas && tabs > 0) {
        return '\t';
      }
      if (semicolons >= commas && semicolons > 0) {
        return ';';
      }
      return commas > 0 ? ',' : '\t';
    }
    return '\t';
  }

  private static long count(String line, char separator) {
    long count = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        count++;
      }
    }
    return count;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static java.util.Optional<String> decode(byte[] bytes, int from, Charset charset) {
    try {
      return java.util.Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString());
    } catch (CharacterCodingException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * A text as a spreadsheet cell that no spreadsheet program takes for a formula (CSV injection): a text
   * that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, which Excel and
   * LibreOffice would evaluate (a live {@code HYPERLINK}, {@code =1+1} shown as 2, a DDE call), is written
   * with an apostrophe before it, the spreadsheet programs' own mark of a text. So that reading gives back
   * exactly what was written, a text that begins with an apostrophe before such a character or another
   * apostrophe gets one more; {@link #textOf} takes it off again.
   *
   * @param text the text
   * @return the cell
   */
  public static String cellOf(String text) {
    return text.isEmpty() || !(formulaStart(text.charAt(0))
        || (text.charAt(0) == '\'' && text.length() > 1 && (formulaStart(text.charAt(1)) || text.charAt(1) == '\'')))
        ? text : "'" + text;
  }

  /**
   * The text of a cell {@link #cellOf} wrote: the apostrophe it put before a formula character (or before
   * another apostrophe) is taken off; every other cell is its text as it stands.
   *
   * @param cell the cell as read
   * @return the text
   */
  public static String textOf(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && (formulaStart(cell.charAt(1)) || cell.charAt(1) == '\'')
        ? cell.substring(1) : cell;
  }

  private static boolean formulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Writes a table as Excel opens it: UTF-8 with a byte-order mark, {@code ;} between cells, CRLF,
   * cells quoted where they hold a separator, a quote or a line break, and no cell that a spreadsheet
   * program would take for a formula ({@link #cellOf}).
   *
   * @param header the column names
   * @param rows the rows, each with as many cells as the header
   * @return the file's bytes
   * @throws IllegalArgumentException if a row has another number of cells than the header
   */
  public static byte[] excel(List<String> header, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    excel(header, rows, out);
    return out.toByteArray();
  }

  /**
   * Writes a table as {@link #excel(List, List)} does, to a stream as it is made (a large table never as
   * one array).
   *
   * @param header the column names
   * @param rows the rows, each with as many cells as the header
   * @param out where to write; not closed
   * @throws IllegalArgumentException if a row has another number of cells than the header (nothing is written)
   * @throws java.io.UncheckedIOException if the stream cannot be written
   */
  public static void excel(List<String> header, List<List<String>> rows, java.io.OutputStream out) {
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
      }
    }
    CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withColumnSeparator(';').withQuoteChar('"')
        .withLineSeparator("\r\n");
    List<List<String>> all = new java.util.AbstractList<>() {
      @Override
      public List<String> get(int index) {
        return (index == 0 ? header : rows.get(index - 1)).stream().map(Spreadsheets::cellOf).toList();
      }

      @Override
      public int size() {
        return rows.size() + 1;
      }
    };
    try {
      out.write(UTF8_BOM);
      MAPPER.writer(schema).with(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
          .without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, all);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
