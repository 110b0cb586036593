package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.RuleEngine;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code next check}: the statute check as of a day. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks the association against its statute as of a day: findings grouped by severity,"
        + " each with message, citation, explanation and due date.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no statute errors", "1:statute errors found", "2:bad input or usage"})
final class CheckCommand implements Callable<Integer> {

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private Next next;

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.AssociationFile input;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.AsOf day;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Output output;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Language language;

  @Override
  public Integer call() {
    Lang lang = language.lang;
    Association association = DataSet.load(input.file, lang);
    LocalDate asOf = day.or(next.today());
    CheckReport report;
    try {
      report = RuleEngine.builtIn().check(association, asOf);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(String.valueOf(e.getMessage()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == Options.Format.json) {
      out.print(NextJson.standard().writeCheckReportAsString(report, lang.locale()));
    } else {
      out.println(Texts.of(lang, "check.title", "association", association.getDisplayName(), "asOf", asOf));
      out.println(Texts.of(lang, "check.statute", "validFrom", report.statute().getValidFrom(),
          "source", report.statute().getSource()));
      out.println(ReportPrinter.summary(report, lang));
      ReportPrinter.sections(report, lang, out);
    }
    out.flush();
    return report.hasErrors() ? 1 : 0;
  }
}
