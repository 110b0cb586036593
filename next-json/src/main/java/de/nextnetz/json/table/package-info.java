/**
 * Tables as people save them from a spreadsheet: CSV with a tab, {@code ;} or {@code ,}
 * separator, quoted cells, CRLF, UTF-8 with or without a byte-order mark, UTF-16 with one, or
 * Windows-1252; and CSV that Excel opens correctly ({@code ;}, UTF-8 with a byte-order mark, CRLF).
 * Parsing and writing are Jackson's CSV format; this package decides the encoding and separator.
 */
@org.jspecify.annotations.NullMarked
package de.nextnetz.json.table;
