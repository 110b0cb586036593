package de.nextnetz.examples.cli;

import de.nextnetz.test.scenario.ScenarioResult;
import de.nextnetz.test.scenario.Scenarios;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code next test FOLDER}: runs scenario files without Java. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Runs every scenario file (*.json, format nextnetz.scenario) below FOLDER: checks its document as of"
        + " its day and compares with the findings, outcomes and deadlines it expects. Prints each failure with what"
        + " was expected and what was found, then 'N passed, N failed'. Exit 0 if all pass, 1 if one fails.")
final class TestCommand extends NextCommand {

  @Parameters(paramLabel = "FOLDER", description = "The folder of scenario files (searched with its subfolders).")
  @SuppressWarnings("NullAway.Init")
  private Path folder;

  @Override
  public Integer call() {
    if (!Files.isDirectory(folder)) {
      throw new BadInputException(Texts.of(lang, Files.exists(folder) ? "error.notAFolder" : "error.noSuchFile",
          "file", folder.toString()));
    }
    List<ScenarioResult> results = Scenarios.runAll(folder);
    PrintWriter out = out();
    long failed = results.stream().filter(result -> !result.passed()).count();
    for (ScenarioResult result : results) {
      if (!result.passed()) {
        result.lines().forEach(out::println);
        out.println();
      }
    }
    out.println(Texts.of(lang, "test.summary", "passed", results.size() - failed, "failed", failed));
    return failed == 0 ? 0 : 1;
  }
}
