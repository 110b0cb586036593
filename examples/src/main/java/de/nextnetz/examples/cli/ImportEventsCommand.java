package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Echo;
import de.nextnetz.domain.base.TableProblem;
import de.nextnetz.domain.event.EventTable;
import de.nextnetz.json.NextJson;
import de.nextnetz.json.table.Spreadsheets;
import java.util.List;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code next import-events}: the report's event table to JSON. */
@Command(name = "import-events", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Reads an event table in the layout of the activity report (columns Nr, Datum dd.MM.yyyy,"
        + " Format, Event, Ort; tab-, semicolon- or comma-separated, as a spreadsheet saves it: UTF-8 with or without"
        + " byte-order mark, UTF-16, Windows-1252, quoted cells, CRLF) and writes its events as JSON. Communities are matched by name or alias, modes"
        + " (virtuell, Präsenz, hybrid) in any case. Also reads the table next export events writes (ID, Datum, Ende,"
        + " Format, Titel, Modus, Community, Ort, German or English). A row that cannot be mapped is reported with its"
        + " line number and kept in the output (with --into nothing is written). Exit 0 if every row was mapped, 2 if"
        + " not.")
final class ImportEventsCommand extends NextCommand {

  @Parameters(paramLabel = "TABLE", description = "The event table (TSV or CSV); - reads it from standard input.")
  @SuppressWarnings("NullAway.Init")
  private Path table;

  @Option(names = "--communities", paramLabel = "FILE",
      description = "An association document whose communities to match; default: the embedded NExT 2024 data set.")
  private @Nullable Path communities;

  @Option(names = "--into", paramLabel = "FILE",
      description = "Writes this association document with the table's events (same id: replaced in what the table"
          + " carries; new: added; the document's others kept) instead of the table as JSON; its communities are"
          + " matched. A table with a row that cannot be mapped writes nothing.")
  private @Nullable Path into;

  @Mixin private final Options.Destination destination = new Options.Destination();

  @Override
  public Integer call() {
    String name = DataSet.nameOf(table, lang);
    Spreadsheets.Table sheet = sheet(DataSet.readAll(table, lang, stdin()), name, lang);
    if (communities != null && into != null) {
      throw new BadInputException(Texts.of(lang, "importEvents.intoAndCommunities"));
    }
    Association association = load(into != null ? into : communities);
    EventTable.Result result;
    try {
      result = EventTable.read(sheet.lines(), association.getCommunities(), association.getEventFormats());
    } catch (EventTable.LimitExceeded tooLarge) {
      throw new BadInputException(tooLarge.what() == EventTable.LimitExceeded.What.ROWS
          ? Texts.of(lang, "error.tooManyRows", "file", name, "limit", tooLarge.limit())
          : Texts.of(lang, "error.lineTooLong", "file", name, "line", tooLarge.line(), "limit",
              tooLarge.limit()));
    }
    if (result.getRows() == 0) {
      // A header without rows is as empty as an empty file.
      throw new BadInputException(Texts.of(lang, "error.emptyTable", "file", name));
    }
    List<Path> inputs = communities != null ? List.of(table, communities) : into != null ? List.of(table, into) : List.of(table);
    if (into == null) {
      destination.writeBytes(bytes -> NextJson.standard().writeEventTable(result, bytes), inputs, lang, document());
    }
    PrintWriter err = err();
    err.println(Texts.of(lang, "import.summary", "file", name, "rows", result.getRows(),
        "events", result.getEvents().size(), "unmapped", result.getUnmapped().size(),
        "merged", result.getRows() > result.getEvents().size() + result.getUnmapped().size()
            ? Texts.of(lang, "import.merged") : ""));
    for (EventTable.UnmappedRow row : result.getUnmapped()) {
      for (String text : problems(lang, name, row.getLine(), row.getCells(), association.getShortName())) {
        err.println("  " + text);
      }
    }
    if (into != null) {
      if (!result.getUnmapped().isEmpty()) {
        err.println(Texts.of(lang, "import.nothingWritten", "unmapped", result.getUnmapped().size()));
        return 2;
      }
      Association written = association.toBuilder().events(EventTable.into(association.getEvents(), result.getEvents())).build();
      destination.writeBytes(bytes -> NextJson.standard().writeAssociation(written, bytes), inputs, lang, document());
    }
    err.flush();
    return result.getUnmapped().isEmpty() ? 0 : 2;
  }

  /**
   * Reads a spreadsheet file, in words the command line prints: the one place for the messages of
   * a file that is not a table, or an empty one.
   *
   * @throws BadInputException if it is no text table, or empty
   */
  static Spreadsheets.Table sheet(byte[] bytes, String name, Lang lang) {
    Spreadsheets.Table sheet;
    try {
      sheet = Spreadsheets.read(bytes);
    } catch (Spreadsheets.NotATable notATable) {
      throw new BadInputException(switch (notATable.reason()) {
        case ENCODING -> Texts.of(lang, "error.notText", "file", name);
        case CONTROL_CHARACTER -> Texts.of(lang, "error.controlCharacter", "file", name, "line", notATable.line());
        case MALFORMED -> Texts.of(lang, "error.malformedTable", "file", name, "line", notATable.line());
        case TOO_MANY_LINES -> Texts.of(lang, "error.tooManyRows", "file", name, "limit", EventTable.MAX_ROWS);
      });
    }
    if (sheet.isEmpty()) {
      throw new BadInputException(Texts.of(lang, "error.emptyTable", "file", name));
    }
    return sheet;
  }

  /**
   * A table line's problems in words, the line first and then each cell's problem on a line of its
   * own: {@code liste.csv, Zeile 4:} and {@code Art „Ehrenmitglied“ ist keine …}.
   *
   * @param association the association's name, for formats and communities
   */
  static List<String> problems(Lang lang, String file, int line, List<TableProblem> problems, String association) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(Texts.of(lang, "table.line", "file", file, "line", line));
    for (TableProblem problem : problems) {
      lines.add("  " + Texts.of(lang, "table." + problem.what().name(), "column", problem.column(),
          "value", Echo.shorten(problem.value()), "association", association));
    }
    return lines;
  }
}
