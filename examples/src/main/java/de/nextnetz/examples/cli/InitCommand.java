package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.AssociationTemplate;
import de.nextnetz.json.NextJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code next init}: writes a small valid association document to start one's own from. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Writes a small, valid association document to start one's own from: seven founding members,"
        + " a board of three elected on the founding day, and a statute whose values are placeholders (each named"
        + " as an assumption). Fill it in as the README's \"Your own association\" says, then run next validate"
        + " and next check on it.")
final class InitCommand extends NextCommand {

  @Parameters(paramLabel = "FILE", description = "Where to write the document; an existing file is kept unless --force;"
      + " - writes it to standard output.")
  @SuppressWarnings("NullAway.Init")
  private Path file;

  @Option(names = "--name", paramLabel = "NAME", description = "The association's name; default: ${DEFAULT-VALUE}.")
  private String name = "Musterverein";

  @Option(names = "--seat", paramLabel = "SEAT", description = "The seat (Sitz); default: ${DEFAULT-VALUE}.")
  private String seat = "Berlin";

  @Option(names = "--founded", paramLabel = "DATE", description = "The founding day, yyyy-mm-dd; default: today.")
  private @Nullable LocalDate founded;

  @Option(names = "--force", description = "Replace an existing file.")
  private boolean force;

  @Override
  public Integer call() {
    if (name.isBlank() || seat.isBlank()) {
      throw new BadInputException(Texts.of(lang, "error.initBlank"));
    }
    LocalDate day = founded != null ? founded : next.today();
    Association association = AssociationTemplate.of(name.strip(), seat.strip(), day);
    String json = NextJson.standard().writeAssociationAsString(association);
    if (DataSet.isStandardInput(file)) {
      // "-" is standard output here, as it is standard input where a command reads: the document alone.
      document().print(json);
      document().println();
      return 0;
    }
    OutputFile.write(file, json, force, List.of(), lang);
    out().println(Texts.of(lang, "init.written", "file", file.toString(), "association", association.getDisplayName(),
        "members", association.getMembers().size(), "founded", day));
    out().println(Texts.of(lang, "init.next", "file", file.toString()));
    return 0;
  }
}
