package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.membership.MemberTable;
import de.nextnetz.json.NextJson;
import de.nextnetz.json.table.Spreadsheets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code next import-members}: a member list from a spreadsheet into an association document. */
@Command(name = "import-members", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Reads a member list as a spreadsheet saves it (the columns of next export members, English or German"
        + " header; ';', ',' or tab; UTF-8, UTF-16 or Windows-1252) and writes the association document with these"
        + " members. Days, amounts and yes/no as German or English Excel and LibreOffice save them (21.11.2024,"
        + " 21.11.24, 2024-11-21, 1.000,00, 60,00 €, WAHR/FALSCH). A line that cannot be mapped is reported with its"
        + " number and each cell's problem, and then nothing is written; exit 0 if every line was mapped, 2 if not.")
final class ImportMembersCommand extends NextCommand {

  @Parameters(paramLabel = "TABLE", description = "The member list (CSV or TSV); - reads it from standard input.")
  @SuppressWarnings("NullAway.Init")
  private Path table;

  @Option(names = "--into", paramLabel = "FILE",
      description = "The association document whose members to replace; default: the embedded NExT 2024 data set.")
  private @Nullable Path into;

  @Mixin private final Options.Destination destination = new Options.Destination();

  @Override
  public Integer call() {
    String name = DataSet.nameOf(table, lang);
    Spreadsheets.Table sheet = ImportEventsCommand.sheet(DataSet.readAll(table, lang, stdin()), name, lang);
    Association document = load(into);
    MemberTable.Result result;
    try {
      result = MemberTable.read(sheet.lines(), document.getMembers());
    } catch (MemberTable.BadHeader badHeader) {
      throw new BadInputException(switch (badHeader.what()) {
        case UNKNOWN_COLUMN -> Texts.of(lang, "table.unknownColumn", "file", name, "line", badHeader.line(),
            "column", badHeader.column(), "known", String.join(", ", MemberTable.header(lang.locale())));
        case COLUMN_TWICE -> Texts.of(lang, "table.columnTwice", "file", name, "line", badHeader.line(),
            "column", badHeader.column());
        case COLUMN_MISSING -> Texts.of(lang, "table.columnMissing", "file", name, "line", badHeader.line(),
            "column", lang == Lang.de ? badHeader.column() : badHeader.englishColumn());
      });
    }
    if (result.members().size() > NextJson.MAX_LIST_ITEMS) {
      // Refused before writing: the document would be one that no reader of the format accepts.
      throw new BadInputException(Texts.of(lang, "importMembers.tooMany", "file", name, "members", result.members().size(),
          "limit", NextJson.MAX_LIST_ITEMS));
    }
    PrintWriter err = err();
    err.println(Texts.of(lang, "importMembers.summary", "file", name, "members", result.members().size(),
        "unmapped", result.unmapped().size()));
    for (MemberTable.Unmapped line : result.unmapped()) {
      for (String text : ImportEventsCommand.problems(lang, name, line.line(), line.problems(), "")) {
        err.println("  " + text);
      }
    }
    if (!result.unmapped().isEmpty()) {
      // A list with a line left out is not the office's list: nothing is written, so the corrected
      // file can simply be imported again.
      err.println(Texts.of(lang, "import.nothingWritten", "unmapped", result.unmapped().size()));
      return 2;
    }
    if (!result.left().isEmpty()) {
      err.println(Texts.of(lang, "importMembers.left", "count", result.left().size(),
          "names", String.join(", ", result.left().stream().limit(5).map(Member::getName).toList()),
          "more", result.left().size() > 5 ? 1 : 0));
    }
    Association association = document.toBuilder().members(result.members()).build();
    destination.writeBytes(bytes -> NextJson.standard().writeAssociation(association, bytes),
        into != null ? List.of(table, into) : List.of(table), lang, document());
    return 0;
  }
}
