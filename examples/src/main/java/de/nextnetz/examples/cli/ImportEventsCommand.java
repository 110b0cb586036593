package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.EventTable;
import de.nextnetz.json.NextJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code next import-events}: the report's event table to JSON. */
@Command(name = "import-events", mixinStandardHelpOptions = true,
    description = "Reads an event table in the layout of the activity report (tab-separated: Nr, Datum dd.MM.yyyy,"
        + " Format, Event, Ort) and writes its events as JSON. Communities are matched by name or alias, modes"
        + " (virtuell, Präsenz, hybrid) in any case. A row that cannot be mapped is reported with its line number"
        + " and kept in the output. Exit 0 if every row was mapped, 2 if not.")
final class ImportEventsCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Parameters(paramLabel = "TSV", description = "The event table, UTF-8.")
  @SuppressWarnings("NullAway.Init")
  private Path table;

  @Option(names = "--communities", paramLabel = "FILE",
      description = "An association document whose communities to match; default: the embedded NExT 2024 data set.")
  private @Nullable Path communities;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the JSON; default: standard output.")
  private @Nullable Path output;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(table)) {
      throw new BadInputException(table + ": no such file");
    }
    String text;
    try {
      text = Files.readString(table, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new BadInputException(table + ": not UTF-8 text");
    }
    Association association = DataSet.load(communities);
    EventTable.Result result = EventTable.read(text, association.getCommunities());
    String json = NextJson.standard().writeEventTableAsString(result);
    if (output != null) {
      Files.writeString(output, json, StandardCharsets.UTF_8);
    } else {
      spec.commandLine().getOut().print(json);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(table + ": " + result.getRows() + " rows, " + result.getEvents().size() + " events, "
        + result.getUnmapped().size() + " unmapped"
        + (result.getRows() > result.getEvents().size() + result.getUnmapped().size()
            ? " (rows of one event over consecutive days are one event)" : ""));
    for (EventTable.UnmappedRow row : result.getUnmapped()) {
      err.println("  " + table + ", " + row);
    }
    err.flush();
    return result.getUnmapped().isEmpty() ? 0 : 2;
  }
}
