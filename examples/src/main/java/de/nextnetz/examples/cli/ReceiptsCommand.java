package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.tax.DonationReceipt;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.builtin.BuiltInRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code next receipts FILE --number N}: a donation receipt of the register as an A4 page on the official template. */
@Command(name = "receipts", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Renders a donation receipt of the register (tax.receipts) as one A4 page of HTML on the wording of"
        + " the official template (BMF 7 November 2013), with the notice the issue day allows (§ 63 Abs. 5 AO) and the"
        + " amount in words; refuses a receipt the rules refuse (notice expired, a fee a body may not confirm, a price,"
        + " words against figures, an annex that does not add up) and writes nothing then.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:the receipt is refused (the reasons are printed; nothing is written)",
        "2:bad input or usage"})
final class ReceiptsCommand extends NextCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The association document (JSON), - for standard input.")
  @SuppressWarnings("NullAway.Init")
  private Path file;

  @Option(names = "--number", paramLabel = "N", required = true, description = "The receipt's number in the register.")
  @SuppressWarnings("NullAway.Init")
  private String number;

  @Option(names = "--lang", paramLabel = "LANG", description = "de or en, for messages; the receipt is German;"
      + " default: ${DEFAULT-VALUE}.")
  private Lang lang = Lang.en;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Destination destination;

  @Override
  public Integer call() {
    Association association = DataSet.load(file, lang, stdin());
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
    String path = "/tax/receipts/" + index;
    CheckReport report = BuiltInRules.engine().check(association, receipt.getIssuedOn());
    List<Finding> refusals = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (finding.severity() == Severity.ERROR && (finding.path().equals(path) || finding.path().startsWith(path + "/"))) {
        refusals.add(finding);
      }
    }
    if (receipt.getForm() == de.nextnetz.domain.tax.ReceiptForm.IN_KIND) {
      throw new BadInputException(Texts.of(lang, "receipts.inKind", "number", receipt.getNumber()));
    }
    if (!refusals.isEmpty()) {
      err().println("next: " + Texts.of(lang, "receipts.refused", "number", receipt.getNumber(),
          "count", refusals.size()));
      refusals.forEach(finding -> err().println("  [" + finding.ruleId().value() + "] "
          + finding.message(lang.locale()) + " (" + finding.citation().source() + ")"));
      err().flush();
      return 1;
    }
    List<Path> inputs = DataSet.isStandardInput(file) ? List.of() : List.of(file);
    destination.write(ReceiptDocument.html(association, receipt), inputs, lang, document());
    document().flush();
    return 0;
  }
}
