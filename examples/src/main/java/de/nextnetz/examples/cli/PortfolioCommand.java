package de.nextnetz.examples.cli;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.report.BudgetYear;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.report.PortfolioReview;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code next portfolio}: a municipality's memberships, its budget year and its findings. */
@Command(name = "portfolio", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Shows a municipality's memberships: resolution, start, fee and cost shares; what each department"
        + " owes in a budget year; and the findings of the municipal rules (resolution, conditions, shares, fee,"
        + " notice deadlines). Without FILE, Wiesbaden's example portfolio is used. With --format json, the same as"
        + " one nextnetz.portfolio-review document.")
final class PortfolioCommand extends NextCommand {

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "A portfolio document (JSON), - for standard input; default: Wiesbaden's example portfolio.")
  private @Nullable Path file;

  @Option(names = "--year", paramLabel = "YYYY", description = "The budget year; default: the current year.")
  private @Nullable Integer year;

  @Mixin private final Options.AsOf day = new Options.AsOf();

  @Mixin private final Options.Output output = new Options.Output();

  @Override
  public Integer call() {
    MunicipalPortfolio portfolio = load(file, lang, stdin());
    LocalDate asOf = day.or(next.today());
    int budgetYear = year != null ? year : asOf.getYear();
    if (budgetYear < 1 || budgetYear > 9999) {
      throw new BadInputException(Texts.of(lang, "error.year", "year", String.valueOf(budgetYear)));
    }
    PortfolioReview review = PortfolioReview.of(portfolio, Year.of(budgetYear), asOf);
    PrintWriter out = out();
    if (output.json()) {
      printDocument(bytes -> NextJson.standard().writePortfolioReview(review, lang.locale(), bytes));
      return review.check().hasErrors() ? 1 : 0;
    }
    out.println(Texts.of(lang, "portfolio.title", "municipality", portfolio.getMunicipality().getName(),
        "count", portfolio.getMemberships().size()));
    for (MunicipalMembership membership : portfolio.getMemberships()) {
      out.println("  " + membership.getAssociation() + " (" + Texts.value(lang, membership.getKind()) + ")");
      out.println("    " + membership.getResolution()
          .map(r -> Texts.of(lang, "portfolio.resolution", "number", r.getNumber(),
              "submission", r.getSubmissionNumber().map(number -> " (" + number + ")").orElse(""),
              "date", r.getDate(), "agendaItem", r.getAgendaItem()))
          .orElse(Texts.of(lang, "portfolio.noResolution")));
      out.println("    " + Texts.of(lang, "portfolio.since",
          "start", membership.getStart().<Object>map(start -> start).orElse(Texts.of(lang, "unknown")),
          "fee", membership.getAnnualFee()));
      if (!membership.getCostShares().isEmpty()) {
        out.println("    " + Texts.of(lang, "portfolio.paidBy", "departments", membership.getCostShares().stream()
            .map(CostShare::getDepartment).distinct().toList()));
      }
      membership.getExecutingUnit().ifPresent(unit ->
          out.println("    " + Texts.of(lang, "portfolio.executedBy", "unit", unit)));
      for (CostShare share : membership.getCostShares()) {
        out.println("      " + share.getDepartment() + ": " + Texts.value(lang, share.getAmount()));
      }
    }
    BudgetYear budget = review.budgetYear();
    out.println();
    out.println(Texts.of(lang, "portfolio.budgetYear", "year", Year.of(budgetYear)));
    boolean paid = budget.getLines().stream().anyMatch(line -> !line.getPaid().isZero());
    for (BudgetYear.Line line : budget.getLines()) {
      out.println(String.format("  %-16s %14s  %s", line.getDepartment(), Texts.value(lang, line.getAmount()),
          line.getAssociation()) + (paid ? "; " + Texts.of(lang, "portfolio.paid", "paid", line.getPaid(), "open",
          line.getOpen()) : ""));
    }
    for (Map.Entry<String, Money> total : budget.getTotalsByDepartment().entrySet()) {
      out.println(String.format("  %-16s %14s  %s", total.getKey(), Texts.value(lang, total.getValue()),
          Texts.of(lang, "portfolio.total")));
    }
    out.println("  " + Texts.of(lang, "portfolio.municipalityTotal", "total",
        budget.getTotal().<Object>map(money -> money).orElse(Money.ofCents(0, Money.EUR))));
    CheckReport report = review.check();
    out.println();
    out.println(Texts.of(lang, "portfolio.findingsTitle", "asOf", asOf));
    out.println(ReportPrinter.summary(report, lang));
    ReportPrinter.sections(report, lang, out, Places.of(portfolio));
    return report.hasErrors() ? 1 : 0;
  }

  static MunicipalPortfolio load(@Nullable Path file, Lang lang, InputStream stdin) {
    if (file == null) {
      return de.nextnetz.examples.NextDataSet.wiesbadenPortfolio();
    }
    try (InputStream in = DataSet.open(file, lang, stdin)) {
      return NextJson.builder().locale(lang.locale()).build().readPortfolio(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
