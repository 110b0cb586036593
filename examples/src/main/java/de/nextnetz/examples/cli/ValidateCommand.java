package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code next validate}: reads a document strictly and says whether it is valid. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Reads an association document strictly and validates it; lists every problem with its"
        + " JSON Pointer. Exit 0 if valid, 2 if not.")
final class ValidateCommand extends NextCommand {

  @Parameters(paramLabel = "FILE", description = "The association document (JSON).")
  @SuppressWarnings("NullAway.Init")
  private Path file;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Language language;

  @Override
  public Integer call() {
    Association association = DataSet.load(file, language.lang);
    out().println(Texts.of(language.lang, "validate.valid", "file", file.toString(),
        "association", association.getDisplayName(), "members", association.getMembers().size(),
        "applications", association.getApplications().size(), "events", association.getEvents().size(),
        "communities", association.getCommunities().size()));
    return 0;
  }
}
