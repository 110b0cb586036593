package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
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
        + " (virtuell, Präsenz, hybrid) in any case. A row that cannot be mapped is reported with its line number"
        + " and kept in the output. Exit 0 if every row was mapped, 2 if not.")
final class ImportEventsCommand extends NextCommand {

  @Parameters(paramLabel = "TABLE", description = "The event table (TSV or CSV); - reads it from standard input.")
  @SuppressWarnings("NullAway.Init")
  private Path table;

  @Option(names = "--communities", paramLabel = "FILE",
      description = "An association document whose communities to match; default: the embedded NExT 2024 data set.")
  private @Nullable Path communities;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Destination destination;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Language language;

  @Override
  public Integer call() {
    Lang lang = language.lang;
    String name = DataSet.nameOf(table, lang);
    Spreadsheets.Table sheet = sheet(DataSet.readAll(table, lang, stdin()), name, lang);
    Association association = DataSet.load(communities, lang, stdin());
    EventTable.Result result;
    try {
      result = EventTable.read(sheet.lines(), association.getCommunities());
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
    destination.writeBytes(bytes -> NextJson.standard().writeEventTable(result, bytes),
        communities != null ? List.of(table, communities) : List.of(table), lang, document());
    PrintWriter err = err();
    err.println(Texts.of(lang, "import.summary", "file", name, "rows", result.getRows(),
        "events", result.getEvents().size(), "unmapped", result.getUnmapped().size(),
        "merged", result.getRows() > result.getEvents().size() + result.getUnmapped().size()
            ? Texts.of(lang, "import.merged") : ""));
    for (EventTable.UnmappedRow row : result.getUnmapped()) {
      err.println("  " + name + ", " + row);
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
}
