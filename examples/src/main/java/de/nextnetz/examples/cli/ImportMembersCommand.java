package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.MemberTable;
import de.nextnetz.json.NextJson;
import de.nextnetz.json.table.Spreadsheets;
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
        + " members. A line that cannot be mapped is reported with its number; exit 0 if every line was mapped, 2 if not.")
final class ImportMembersCommand extends NextCommand {

  @Parameters(paramLabel = "TABLE", description = "The member list (CSV or TSV); - reads it from standard input.")
  @SuppressWarnings("NullAway.Init")
  private Path table;

  @Option(names = "--into", paramLabel = "FILE",
      description = "The association document whose members to replace; default: the embedded NExT 2024 data set.")
  private @Nullable Path into;

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
    Spreadsheets.Table sheet = ImportEventsCommand.sheet(DataSet.readAll(table, lang, stdin()), name, lang);
    MemberTable.Result result;
    try {
      result = MemberTable.read(sheet.lines());
    } catch (IllegalArgumentException badHeader) {
      throw new BadInputException(name + ", " + badHeader.getMessage());
    }
    if (result.members().size() > NextJson.MAX_LIST_ITEMS) {
      // Refused before writing: the document would be one that no reader of the format accepts.
      throw new BadInputException(Texts.of(lang, "importMembers.tooMany", "file", name, "members", result.members().size(),
          "limit", NextJson.MAX_LIST_ITEMS));
    }
    Association association = DataSet.load(into, lang, stdin()).toBuilder().members(result.members()).build();
    destination.writeBytes(bytes -> NextJson.standard().writeAssociation(association, bytes),
        into != null ? List.of(table, into) : List.of(table), lang, document());
    err().println(Texts.of(lang, "importMembers.summary", "file", name, "members", result.members().size(),
        "unmapped", result.unmapped().size()));
    for (MemberTable.Unmapped line : result.unmapped()) {
      err().println("  " + name + ", " + line);
    }
    return result.unmapped().isEmpty() ? 0 : 2;
  }
}
