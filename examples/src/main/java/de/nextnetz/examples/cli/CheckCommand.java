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

  @Mixin private final Options.Publication publication = new Options.Publication();

  @Mixin private final Options.Document document = new Options.Document();

  @Mixin private final Options.Output output = new Options.Output();

  @Mixin private final Options.AsOf day = new Options.AsOf();

  @Override
  public Integer call() {
    Association association = publication.apply(load(document.file), lang, next.environment());
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
