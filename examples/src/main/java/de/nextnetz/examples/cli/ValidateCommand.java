package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code next validate}: reads a document strictly and says whether it is valid. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads an association document strictly and validates it; lists every problem with its"
        + " JSON Pointer. Exit 0 if valid, 2 if not.")
final class ValidateCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The association document (JSON).")
  @SuppressWarnings("NullAway.Init")
  private Path file;

  @Override
  public Integer call() {
    Association association = DataSet.load(file);
    PrintWriter out = spec.commandLine().getOut();
    out.println(file + ": valid (" + association.getDisplayName() + ": " + association.getMembers().size()
        + " members, " + association.getApplications().size() + " applications, "
        + association.getEvents().size() + " events, " + association.getCommunities().size() + " communities)");
    return 0;
  }
}
