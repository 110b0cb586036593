package de.nextnetz.examples.cli;

import de.nextnetz.json.NextJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code next schema}: prints a JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of the association document, or of the check report.")
final class SchemaCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Option(names = "--check-report", description = "Print the schema of the check report instead.")
  private boolean checkReport;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(checkReport ? NextJson.checkReportSchema() : NextJson.associationSchema());
    return 0;
  }
}
