package de.nextnetz.examples.cli;

import de.nextnetz.json.NextJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code next schema}: prints the JSON Schema of a document the library writes. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Prints the JSON Schema (draft 2020-12) of a document: the association document by default.")
final class SchemaCommand extends NextCommand {

  @Option(names = "--document", paramLabel = "NAME", description = "association, portfolio, check-report, deadlines,"
      + " activity-report, events, portfolio-review or validation; default: association.")
  private @Nullable String document;

  @Option(names = "--check-report", description = "The same as --document check-report.")
  private boolean checkReport;

  @Override
  public Integer call() {
    String name = checkReport ? "check-report" : document != null ? document : "association";
    Map<String, String> schemas = NextJson.schemas();
    String schema = schemas.get(name + ".schema.json");
    if (schema == null) {
      throw new BadInputException(Texts.of(lang, "error.document", "name", name, "known",
          String.join(", ", schemas.keySet().stream().map(file -> file.replace(".schema.json", "")).toList())));
    }
    document().print(schema);
    return 0;
  }
}
