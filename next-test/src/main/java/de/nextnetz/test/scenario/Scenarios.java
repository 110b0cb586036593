package de.nextnetz.test.scenario;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.json.NextJson;
import de.nextnetz.json.codec.Documents;
import de.nextnetz.json.problem.NextJsonException;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and runs scenario files; {@link ScenarioTests} turns a folder of them into JUnit tests.
 */
public final class Scenarios {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * Reads scenario files with the library's policy (its limits are the mapper's); the parser carries the mapper's
   * context, so the scenario's embedded document can be read as a tree.
   */
  private static final JsonMapper READER = NextJson.standard().mapper();

  private Scenarios() {}

  /** The built-in data sets as JSON text, written once from the seeds (constants, like the seeds). */
  private static final class DataSets {
    static final String NEXT_2024 = NextJson.standard().writeAssociationAsString(NextSeeds.association());
    static final String WIESBADEN = NextJson.standard().writePortfolioAsString(NextSeeds.wiesbadenPortfolio());
    static final String MUSTERVEREIN = NextJson.standard().writeAssociationAsString(
        de.nextnetz.domain.seeds.Musterverein.association());

    private DataSets() {}
  }

  /**
   * Reads a scenario file strictly: every problem with its JSON Pointer.
   *
   * @param file the scenario file
   * @return the scenario
   * @throws NextJsonException listing every problem of the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Scenario read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a scenario strictly, with the library's reading policy (UTF-8 only, limits, every problem
   * with its JSON Pointer).
   *
   * @param in the scenario document; not closed
   * @return the scenario
   * @throws NextJsonException listing every problem of the document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Scenario read(InputStream in) {
    // A scenario has no Bean Validation constraints; its problems are worded in English, as the tool's are.
    return Documents.read(in, READER::createParser, ScenarioFormat.SCENARIO, null, Locale.ENGLISH);
  }

  /**
   * Runs one scenario file: reads it and its document, checks the document as of its day, and
   * compares. A file or document that cannot be read is a failed scenario that says why.
   *
   * @param file the scenario file
   * @return the result
   */
  public static ScenarioResult run(Path file) {
    Scenario scenario;
    try {
      scenario = read(file);
    } catch (NextJsonException | UncheckedIOException e) {
      return new ScenarioResult(file, String.valueOf(file.getFileName()), List.of("the scenario cannot be read: "
          + e.getMessage()), Optional.empty());
    }
    CheckReport report;
    try {
      report = check(scenario, file);
    } catch (NextJsonException | IllegalArgumentException | UncheckedIOException e) {
      return new ScenarioResult(file, scenario.name(), List.of("the document cannot be read: " + e.getMessage()),
          Optional.empty());
    } catch (RuntimeException e) {
      // A scenario that fails in a way not foreseen fails alone: the run goes on with the next file.
      return new ScenarioResult(file, scenario.name(), List.of("the scenario could not be run: "
          + "an internal error, please report it"), Optional.empty());
    }
    return new ScenarioResult(file, scenario.name(), compare(scenario, report), Optional.of(report));
  }

  /**
   * Runs every scenario file ({@code *.json}) below a folder, in the order of their paths.
   *
   * @param folder the folder
   * @return the results
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static List<ScenarioResult> runAll(Path folder) {
    return files(folder).stream().map(Scenarios::run).toList();
  }

  /**
   * Lists the scenario files ({@code *.json}) below a folder, in the order of their paths.
   *
   * @param folder the folder
   * @return the files
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static List<Path> files(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(path -> Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Builds the document, applies the patch, reads it and checks it with the rules for its kind. */
  private static CheckReport check(Scenario scenario, Path file) {
    JsonNode document;
    if (scenario.dataSet().isPresent()) {
      document = MAPPER.readTree(switch (scenario.dataSet().get()) {
        case "next-2024" -> DataSets.NEXT_2024;
        case "musterverein" -> DataSets.MUSTERVEREIN;
        default -> DataSets.WIESBADEN;
      });
    } else if (scenario.file().isPresent()) {
      document = documentFile(file, scenario.file().get());
    } else {
      document = scenario.document().orElseThrow().deepCopy();
    }
    for (PatchOperation operation : scenario.patch()) {
      operation.applyTo(document);
    }
    String text = MAPPER.writeValueAsString(document);
    if (document.path("format").asString("").equals("nextnetz.portfolio")) {
      MunicipalPortfolio portfolio = NextJson.standard().readPortfolio(
          new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      return BuiltInRules.portfolioEngine().check(portfolio, scenario.asOf());
    }
    Association association = NextJson.standard().readAssociation(text);
    return BuiltInRules.engine().check(association, scenario.asOf());
  }

  /**
   * Reads the document a scenario names by {@code "file"}: only a regular file in the scenario's folder or
   * below it (no {@code ..}, no absolute path, no link that leads out, no device or pipe), at most as long as
   * a document may be ({@link NextJson#DEFAULT_MAX_DOCUMENT_LENGTH}); a file that is no JSON is named by
   * line and column, never by its content.
   */
  private static JsonNode documentFile(Path scenarioFile, String name) {
    Path folder = scenarioFile.toAbsolutePath().normalize().getParent();
    Path path = folder == null ? Path.of(name) : folder.resolve(name).normalize();
    if (folder == null || Path.of(name).isAbsolute() || !path.startsWith(folder)) {
      throw new IllegalArgumentException("'file' must name a file in the scenario's folder or below it, but was \""
          + de.nextnetz.domain.base.Echo.shorten(name) + "\"");
    }
    try {
      if (!Files.isRegularFile(path) || !path.toRealPath().startsWith(folder.toRealPath())) {
        throw new IllegalArgumentException("'file' must name a regular file in the scenario's folder or below it, but \""
            + de.nextnetz.domain.base.Echo.shorten(name) + "\" is " + (Files.exists(path) ? "none" : "not there"));
      }
      if (Files.size(path) > NextJson.DEFAULT_MAX_DOCUMENT_LENGTH) {
        throw new IllegalArgumentException("the document file " + de.nextnetz.domain.base.Echo.shorten(name)
            + " is longer than a document may be (" + NextJson.DEFAULT_MAX_DOCUMENT_LENGTH + " bytes)");
      }
      return MAPPER.readTree(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + de.nextnetz.domain.base.Echo.shorten(name), e);
    } catch (tools.jackson.core.JacksonException e) {
      tools.jackson.core.TokenStreamLocation where = e.getLocation();
      throw new IllegalArgumentException("the document file " + de.nextnetz.domain.base.Echo.shorten(name) + " is no JSON"
          + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"), e);
    }
  }

  /**
   * Compares what a scenario expects with a check report.
   *
   * @param scenario the scenario
   * @param report the report of its document on its day
   * @return the mismatches, none if the scenario holds
   */
  public static List<String> compare(Scenario scenario, CheckReport report) {
    List<String> mismatches = new ArrayList<>();
    List<Finding> unmatched = new ArrayList<>(report.findings());
    for (ExpectedFinding expected : scenario.findings()) {
      Optional<Finding> match = unmatched.stream().filter(expected::matches).findFirst();
      if (match.isPresent()) {
        unmatched.remove(match.get());
      } else {
        mismatches.add("missing: " + expected);
      }
    }
    if (scenario.match() == Match.EXACT) {
      unmatched.forEach(finding -> mismatches.add("not expected: " + ScenarioResult.describe(finding)));
    }
    for (ExpectedOutcome expected : scenario.outcomes()) {
      Optional<Outcome> outcome = report.outcome(expected.rule());
      if (outcome.isEmpty()) {
        mismatches.add("no outcome of " + expected.rule() + " (the rule did not run)");
        continue;
      }
      if (outcome.get().status() != expected.status()) {
        mismatches.add(expected.rule() + " is " + outcome.get().status() + ", expected " + expected.status()
            + (outcome.get().missingFacts().isEmpty() ? "" : " (missing " + outcome.get().missingFacts() + ")"));
      }
      for (String fact : expected.missing()) {
        if (!outcome.get().missingFacts().contains(fact)) {
          mismatches.add(expected.rule() + " does not name " + fact + " as missing; it names "
              + (outcome.get().missingFacts().isEmpty() ? "nothing" : outcome.get().missingFacts()));
        }
      }
    }
    for (ExpectedDeadline expected : scenario.deadlines()) {
      if (report.deadlines().stream().noneMatch(expected::matches)) {
        mismatches.add("missing deadline: " + expected + "; the rules state "
            + report.deadlines().stream().filter(d -> d.ruleId().equals(expected.rule()))
                .map(d -> d.dueBy() + " at " + d.path()).toList());
      }
    }
    return mismatches;
  }
}
