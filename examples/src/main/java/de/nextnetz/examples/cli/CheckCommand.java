package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.statute.Assumption;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleEngine;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.Status;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code next check}: the statute check as of a day. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks the association against its statute as of a day: findings grouped by severity,"
        + " each with message, citation, explanation and due date.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no statute errors", "1:statute errors found", "2:bad input or usage"})
final class CheckCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { text, json }

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private Next next;

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "An association document (JSON); default: the embedded NExT 2024 data set.")
  private @Nullable Path file;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day of the check, yyyy-mm-dd; default: today.")
  private @Nullable LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json; default: ${DEFAULT-VALUE}.")
  private Format format = Format.text;

  @Option(names = "--lang", paramLabel = "LANG", description = "de or en; default: ${DEFAULT-VALUE}.")
  private Lang lang = Lang.en;

  @Override
  public Integer call() {
    Association association = DataSet.load(file);
    LocalDate day = asOf != null ? asOf : next.today();
    CheckReport report;
    try {
      report = RuleEngine.builtIn().check(association, day);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(String.valueOf(e.getMessage()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.print(NextJson.standard().writeCheckReportAsString(report, lang.locale()));
    } else {
      print(association, report, lang, out);
    }
    out.flush();
    return report.hasErrors() ? 1 : 0;
  }

  /**
   * Prints a check report for people.
   *
   * @param association the association checked
   * @param report the report
   * @param lang the language
   * @param out where to print
   */
  static void print(Association association, CheckReport report, Lang lang, PrintWriter out) {
    out.println(lang.pick("Statute check of ", "Satzungsprüfung von ") + association.getDisplayName()
        + lang.pick(" as of ", " zum ") + report.getAsOf());
    out.println(lang.pick("Statute version in force since ", "Satzungsfassung gültig seit ")
        + report.statute().getValidFrom() + ": " + report.statute().getSource());
    long satisfied = count(report, Status.SATISFIED);
    long unknown = count(report, Status.UNKNOWN);
    long notApplicable = count(report, Status.NOT_APPLICABLE);
    out.println(lang.pick("Result: ", "Ergebnis: ") + report.findings(Severity.ERROR).size()
        + lang.pick(" error(s), ", " Fehler, ") + report.findings(Severity.WARNING).size()
        + lang.pick(" warning(s), ", " Warnung(en), ") + report.findings(Severity.INFO).size()
        + lang.pick(" info(s); ", " Hinweis(e); ") + report.outcomes().size()
        + lang.pick(" rules: ", " Regeln: ") + satisfied + lang.pick(" satisfied, ", " erfüllt, ")
        + (report.outcomes().size() - satisfied - unknown - notApplicable)
        + lang.pick(" violated, ", " verletzt, ") + notApplicable + lang.pick(" not applicable, ", " nicht anwendbar, ")
        + unknown + lang.pick(" not decided", " nicht entschieden"));
    section(report.findings(Severity.ERROR), lang.pick("ERRORS", "FEHLER"), lang, out);
    section(report.findings(Severity.WARNING), lang.pick("WARNINGS", "WARNUNGEN"), lang, out);
    section(report.findings(Severity.INFO), lang.pick("INFOS", "HINWEISE"), lang, out);
    List<Outcome> undecided = report.outcomes().stream().filter(o -> !o.missingFacts().isEmpty()).toList();
    if (!undecided.isEmpty()) {
      out.println();
      out.println(lang.pick("NOT DECIDED (facts missing)", "NICHT ENTSCHIEDEN (Fakten fehlen)"));
      for (Outcome outcome : undecided) {
        out.println("  [" + outcome.ruleId() + "] " + String.join("; ", outcome.missingFacts()));
      }
    }
    if (!report.getAssumptions().isEmpty()) {
      out.println();
      out.println(lang.pick("ASSUMPTIONS (values the sources do not give)", "ANNAHMEN (Werte, die die Quellen nicht nennen)"));
      for (Assumption assumption : report.getAssumptions()) {
        out.println("  " + assumption.getParameter() + " = " + assumption.getValue() + ": " + assumption.getReason());
      }
    }
  }

  private static long count(CheckReport report, Status status) {
    return report.outcomes().stream().filter(o -> o.getStatus() == status).count();
  }

  private static void section(List<Finding> findings, String heading, Lang lang, PrintWriter out) {
    if (findings.isEmpty()) {
      return;
    }
    out.println();
    out.println(heading);
    for (Finding finding : findings) {
      out.println("  [" + finding.ruleId() + "] " + (finding.path().isEmpty() ? "/" : finding.path()));
      out.println("    " + finding.message(lang.locale()));
      out.println("    " + lang.pick("Citation: ", "Rechtsgrundlage: ") + finding.citation().source());
      out.println("    " + lang.pick("Explanation: ", "Erläuterung: ") + finding.explain(lang.locale()));
      finding.dueDate().ifPresent(due -> out.println("    " + lang.pick("Due: ", "Fällig: ") + due));
    }
  }
}
