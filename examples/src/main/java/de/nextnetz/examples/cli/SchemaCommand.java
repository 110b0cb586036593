package de.nextnetz.examples.cli;

import de.nextnetz.json.NextJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code next schema}: prints a JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Prints the JSON Schema (draft 2020-12) of the association document, or of the check report.")
final class SchemaCommand extends NextCommand {

  @Option(names = "--check-report", description = "Print the schema of the check report instead.")
  private boolean checkReport;

  @Override
  public Integer call() {
    out().print(checkReport ? NextJson.checkReportSchema() : NextJson.associationSchema());
    return 0;
  }
}
