package de.nextnetz.examples.cli;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.CheckReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code next check}: the statute check as of a day. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Checks the association against its statute as of a day: findings grouped by severity,"
        + " each with message, citation, explanation and due date.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no statute errors", "1:statute errors found", "2:bad input or usage"})
final class CheckCommand extends NextCommand {

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Publication publication;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Document document;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Output output;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.AsOf day;

  @Override
  public Integer call() {
    Lang lang = document.lang;
    Association association = publication.apply(DataSet.load(document.file, lang, stdin()), lang, next.environment());
    LocalDate asOf = day.or(next.today());
    CheckReport report;
    try {
      report = BuiltInRules.engine().check(association, asOf);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(String.valueOf(e.getMessage()));
    }
    PrintWriter out = out();
    if (output.json()) {
      printDocument(bytes -> NextJson.standard().writeCheckReport(report, lang.locale(), bytes));
    } else {
      out.println(Texts.of(lang, "check.title", "association", association.getDisplayName(), "asOf", asOf));
      out.println(Texts.of(lang, "check.statute", "validFrom",
          association.statuteInForceFrom(report.statute()).orElse(report.statute().getValidFrom()),
          "source", report.statute().getSource()));
      out.println(ReportPrinter.summary(report, lang));
      ReportPrinter.sections(report, lang, out, Places.of(association, lang));
    }
    out.flush();
    return report.hasErrors() ? 1 : 0;
  }
}
