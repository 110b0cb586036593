package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.law.ReceiptIssue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code next receipts FILE --number N}: a donation receipt of the register as an A4 page on the official template;
 * {@code next receipts FILE --year YYYY}: the receipts of a year's donations and fees added to the register.
 */
@Command(name = "receipts", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Renders a donation receipt of the register (tax.receipts) as one A4 page of HTML on the wording of"
        + " the official template (BMF 7 November 2013), with the notice the issue day allows (§ 63 Abs. 5 AO) and the"
        + " amount in words; refuses a receipt the rules refuse (notice expired, a fee a body may not confirm, a price,"
        + " words against figures, an annex that does not add up) and writes nothing then. With --year instead, issues"
        + " the receipts of a year: for each giver the year's money donations (tax.donations) and, where the purposes"
        + " allow it, the fees paid (dues.payments), one receipt each (a collective one for several items), numbered on"
        + " from the register; writes the document with those the rules allow on the day of issue and lists the others"
        + " with their reasons. The receipt is German whatever --lang says; --lang sets the language of the messages.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:the receipt is refused (the reasons are printed; nothing is written); with --year:"
        + " some receipts are refused (the others are written)", "2:bad input or usage"})
final class ReceiptsCommand extends NextCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The association document (JSON), - for standard input.")
  @SuppressWarnings("NullAway.Init")
  private Path file;

  @Option(names = "--number", paramLabel = "N", description = "The receipt's number in the register.")
  private @Nullable String number;

  @Option(names = "--year", paramLabel = "YYYY", description = "Issue the receipts of this year's donations and fees"
      + " instead, and write the document with them.")
  private @Nullable Year year;

  @Option(names = "--on", paramLabel = "DATE", description = "With --year: the day of issue, yyyy-mm-dd; default:"
      + " today.")
  private @Nullable LocalDate on;

  @Mixin private final Options.Destination destination = new Options.Destination();

  @Override
  public Integer call() {
    if ((number == null) == (year == null)) {
      throw new BadInputException(Texts.of(lang, "receipts.numberOrYear"));
    }
    if (year != null) {
      return issue(year);
    }
    String number = java.util.Objects.requireNonNull(this.number);
    Association association = load(file);
    List<DonationReceipt> register = association.getTax().map(tax -> tax.getReceipts()).orElse(List.of());
    int index = -1;
    for (int i = 0; i < register.size(); i++) {
      if (register.get(i).getNumber().equals(number)) {
        index = i;
      }
    }
    if (index < 0) {
      throw new BadInputException(Texts.of(lang, "receipts.unknown", "number",
          de.nextnetz.domain.base.Echo.shorten(number)));
    }
    DonationReceipt receipt = register.get(index);
    List<Finding> refusals = refusals(BuiltInRules.engine().check(association, receipt.getIssuedOn()), index);
    if (!refusals.isEmpty()) {
      err().println("next: " + Texts.of(lang, "receipts.refused", "number", receipt.getNumber(),
          "count", refusals.size()));
      refusals.forEach(finding -> err().println("  " + reason(finding)));
      err().flush();
      return 1;
    }
    List<Path> inputs = DataSet.isStandardInput(file) ? List.of() : List.of(file);
    destination.write(ReceiptDocument.html(association, receipt), inputs, lang, document());
    document().flush();
    return 0;
  }

  /** Issues the receipts of a year, adds those the rules allow and writes the document. */
  private int issue(Year year) {
    Association association = load(file);
    if (association.getTax().isEmpty()) {
      throw new BadInputException(Texts.of(lang, "receipts.noTax"));
    }
    LocalDate day = on != null ? on : next.today();
    ReceiptIssue issue = ReceiptIssue.forYear(association, year, day);
    int first = association.getTax().get().getReceipts().size();
    CheckReport report = BuiltInRules.engine().check(ReceiptIssue.withReceipts(association, issue.receipts()), day);
    List<ReceiptIssue.Draft> accepted = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < issue.receipts().size(); i++) {
      ReceiptIssue.Draft draft = issue.receipts().get(i);
      List<Finding> reasons = refusals(report, first + i);
      if (reasons.isEmpty()) {
        accepted.add(draft);
      } else {
        refused.add("  " + Texts.of(lang, "receipts.refusedDraft", "giver", draft.giver(), "total",
            draft.receipt().getTotal()));
        reasons.forEach(finding -> refused.add("    " + reason(finding)));
      }
    }
    List<ReceiptIssue.Draft> numbered = issue.keep(accepted);
    Association written = ReceiptIssue.withReceipts(association, numbered);
    List<Path> inputs = DataSet.isStandardInput(file) ? List.of() : List.of(file);
    destination.writeBytes(json -> NextJson.standard().writeAssociation(written, json), inputs, lang, document());
    java.io.PrintWriter err = err();
    err.println(Texts.of(lang, "receipts.issued", "count", numbered.size(), "year", year, "day", day,
        "refused", issue.receipts().size() - numbered.size()));
    for (ReceiptIssue.Draft draft : numbered) {
      err.println("  " + Texts.of(lang, "receipts.issuedLine", "number", draft.receipt().getNumber(),
          "giver", draft.giver(), "total", draft.receipt().getTotal(), "items", draft.receipt().getItems().size()));
    }
    refused.forEach(err::println);
    // Fees a body may not confirm are one line: every fee of the year is left out for the same reason.
    List<ReceiptIssue.Left> fees = issue.left().stream()
        .filter(left -> left.reason() == ReceiptIssue.Reason.FEE_NOT_DEDUCTIBLE).toList();
    if (!fees.isEmpty()) {
      err.println("  " + Texts.of(lang, "receipts.feesExcluded", "count", fees.size(), "year", year, "total",
          fees.stream().map(ReceiptIssue.Left::amount).reduce(de.nextnetz.domain.base.Money::plus).orElseThrow()));
    }
    for (ReceiptIssue.Left left : issue.left()) {
      if (left.reason() != ReceiptIssue.Reason.FEE_NOT_DEDUCTIBLE) {
        err.println("  " + Texts.of(lang, "receipts.left." + left.reason().name(), "giver", left.giver(),
            "amount", left.amount(), "day", left.day()));
      }
    }
    err.flush();
    return refused.isEmpty() ? 0 : 1;
  }

  /** The errors that refuse the receipt at an index of the register: those on it and on its parts. */
  private static List<Finding> refusals(CheckReport report, int index) {
    return report.findingsAt(Pointer.to("tax", "receipts", index)).stream()
        .filter(finding -> finding.severity() == Severity.ERROR).toList();
  }

  /** A refusal as one line: the rule, the message and the citation. */
  private String reason(Finding finding) {
    return "[" + finding.ruleId().value() + "] " + finding.message(lang.locale()) + " (" + finding.citation().source()
        + ")";
  }
}
