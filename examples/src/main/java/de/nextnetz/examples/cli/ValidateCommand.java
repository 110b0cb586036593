package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.json.problem.Validation;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code next validate}: reads a document strictly and says whether it is valid. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Reads an association document strictly and validates it; lists every problem with its"
        + " JSON Pointer (with --format json: one nextnetz.validation document on standard output). Exit 0 if valid,"
        + " 2 if not.")
final class ValidateCommand extends NextCommand {

  @Parameters(paramLabel = "FILE", description = "The association document (JSON); - reads it from standard input.")
  @SuppressWarnings("NullAway.Init")
  private Path file;

  @Mixin private final Options.Output output = new Options.Output();

  @Override
  public Integer call() {
    if (output.json()) {
      Validation validation;
      try {
        load(file);
        validation = Validation.passed();
      } catch (NextJsonException refused) {
        validation = Validation.of(refused);
      }
      document().print(NextJson.standard().writeValidationAsString(validation));
      return validation.valid() ? 0 : 2;
    }
    Association association = load(file);
    out().println(Texts.of(lang, "validate.valid", "file", DataSet.nameOf(file, lang),
        "association", association.getDisplayName(), "members", association.getMembers().size(),
        "applications", association.getApplications().size(), "events", association.getEvents().size(),
        "communities", association.getCommunities().size()));
    return 0;
  }
}
