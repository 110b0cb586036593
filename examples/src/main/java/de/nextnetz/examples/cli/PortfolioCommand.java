package de.nextnetz.examples.cli;

import de.nextnetz.domain.Money;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.municipal.BudgetYear;
import de.nextnetz.rules.municipal.PortfolioReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code next portfolio}: a municipality's memberships, its budget year and its findings. */
@Command(name = "portfolio", mixinStandardHelpOptions = true,
    description = "Shows a municipality's memberships: resolution, start, fee and cost shares; what each department"
        + " owes in a budget year; and the findings of the municipal rules (resolution, conditions, shares, fee,"
        + " notice deadlines). Without FILE, Wiesbaden's example portfolio is used.")
final class PortfolioCommand implements Callable<Integer> {

  /** The resource of Wiesbaden's example portfolio, in the examples jar. */
  static final String EMBEDDED = "/de/nextnetz/examples/wiesbaden-portfolio.json";

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private Next next;

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "A portfolio document (JSON); default: Wiesbaden's example portfolio.")
  private @Nullable Path file;

  @Option(names = "--year", paramLabel = "YYYY", description = "The budget year; default: the current year.")
  private @Nullable Integer year;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day of the check, yyyy-mm-dd; default: today.")
  private @Nullable LocalDate asOf;

  @Option(names = "--lang", paramLabel = "LANG", description = "de or en; default: ${DEFAULT-VALUE}.")
  private Lang lang = Lang.en;

  @Override
  public Integer call() {
    MunicipalPortfolio portfolio = load(file);
    LocalDate day = asOf != null ? asOf : next.today();
    int budgetYear = year != null ? year : day.getYear();
    if (budgetYear < 1 || budgetYear > 9999) {
      throw new BadInputException("--year must be from 1 to 9999, but was " + budgetYear);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(lang.pick("Memberships of ", "Mitgliedschaften von ") + portfolio.getMunicipality().getName()
        + ": " + portfolio.getMemberships().size());
    for (MunicipalMembership membership : portfolio.getMemberships()) {
      out.println("  " + membership.getAssociation() + " (" + membership.getKind() + ")");
      out.println("    " + lang.pick("resolution: ", "Beschluss: ") + membership.getResolution()
          .map(r -> "Nr. " + r.getNumber() + r.getSubmissionNumber().map(s -> " (" + s + ")").orElse("") + lang.pick(" of ", " vom ")
              + r.getDate() + ", " + r.getAgendaItem())
          .orElse(lang.pick("none recorded", "keiner erfasst")));
      out.println("    " + lang.pick("since: ", "seit: ") + membership.getStart().map(Object::toString).orElse("?")
          + lang.pick("; annual fee ", "; Jahresbeitrag ") + membership.getAnnualFee()
          + membership.getExecutingUnit().map(unit -> lang.pick(", paid by ", ", Zahlung durch ") + unit).orElse(""));
      for (CostShare share : membership.getCostShares()) {
        out.println("      " + share.getDepartment() + ": " + share.getAmount());
      }
    }
    BudgetYear budget = BudgetYear.of(portfolio, Year.of(budgetYear));
    out.println();
    out.println(lang.pick("Budget year ", "Haushaltsjahr ") + budgetYear + ":");
    for (BudgetYear.Line line : budget.getLines()) {
      out.println(String.format("  %-16s %14s  %s", line.getDepartment(), line.getAmount(), line.getAssociation()));
    }
    for (Map.Entry<String, Money> total : budget.getTotalsByDepartment().entrySet()) {
      out.println(String.format("  %-16s %14s  %s", total.getKey(), total.getValue(), lang.pick("total", "Summe")));
    }
    out.println(lang.pick("  Municipality total: ", "  Summe der Stadt: ")
        + budget.getTotal().map(Money::toString).orElse("0.00"));
    PortfolioReport report = PortfolioReport.check(portfolio, day);
    out.println();
    out.println(lang.pick("Findings as of ", "Befunde zum ") + day + ": " + report.findings().size());
    for (Finding finding : report.findings()) {
      out.println("  " + finding.severity() + " [" + finding.ruleId() + "] " + finding.path());
      out.println("    " + finding.message(lang.locale()));
      out.println("    " + lang.pick("Citation: ", "Rechtsgrundlage: ") + finding.citation().source());
      finding.dueDate().ifPresent(due -> out.println("    " + lang.pick("Due: ", "Fällig: ") + due));
    }
    for (Outcome outcome : report.outcomes()) {
      if (!outcome.missingFacts().isEmpty()) {
        out.println("  " + lang.pick("not decided", "nicht entschieden") + " [" + outcome.ruleId() + "] "
            + String.join("; ", outcome.missingFacts()));
      }
    }
    return report.hasErrors() ? 1 : 0;
  }

  private static MunicipalPortfolio load(@Nullable Path file) {
    if (file == null) {
      try (InputStream in = PortfolioCommand.class.getResourceAsStream(EMBEDDED)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + EMBEDDED);
        }
        return NextJson.standard().readPortfolio(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": no such file");
    }
    return NextJson.standard().readPortfolio(file);
  }
}
