package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Echo;
import de.nextnetz.json.NextJson;
import de.nextnetz.json.bank.BankStatement;
import de.nextnetz.json.bank.Camt053;
import de.nextnetz.json.bank.StatementEntry;
import de.nextnetz.json.bank.StatementImport;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code next import-statement}: a bank statement's payments into an association document. */
@Command(name = "import-statement", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Reads a bank statement in ISO 20022 camt.053 (versions 001.02 and 001.08) and writes the"
        + " association document with the payments it holds: each booking matched to a member by mandate reference,"
        + " IBAN, member id or name, or listed with why not; a booking imported before is not imported again."
        + " Exit 0 when the statement was read (unmatched bookings are listed), 2 when it cannot be read; then"
        + " nothing is written.")
final class ImportStatementCommand extends NextCommand {

  @Parameters(paramLabel = "STATEMENT", description = "The statement (camt.053 XML); - reads it from standard input.")
  @SuppressWarnings("NullAway.Init")
  private Path statement;

  @Option(names = "--into", paramLabel = "FILE", required = true,
      description = "The association document to add the payments to; it must record its dues (\"dues\" with"
          + " \"recordedFrom\").")
  @SuppressWarnings("NullAway.Init")
  private Path into;

  @Mixin private final Options.Destination destination = new Options.Destination();

  @Override
  public Integer call() {
    String name = DataSet.nameOf(statement, lang);
    byte[] bytes = DataSet.readAll(statement, lang, stdin());
    Association association = load(into);
    BankStatement read;
    StatementImport result;
    try {
      read = Camt053.read(bytes, lang.locale());
      result = StatementImport.of(association, read);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(name + ": " + e.getMessage());
    }
    Association updated = result.apply(association);
    destination.writeBytes(json -> NextJson.standard().writeAssociation(updated, json), List.of(statement, into), lang,
        document());
    PrintWriter err = err();
    err.println(Texts.of(lang, "importStatement.summary", "file", name, "version", read.version(),
        "bookings", result.bookings().size(), "imported", result.count(StatementImport.Outcome.IMPORTED),
        "repeated", result.count(StatementImport.Outcome.ALREADY_IMPORTED),
        "other", result.bookings().size() - result.count(StatementImport.Outcome.IMPORTED)
            - result.count(StatementImport.Outcome.ALREADY_IMPORTED)));
    for (StatementImport.Booking booking : result.bookings()) {
      if (booking.outcome() != StatementImport.Outcome.IMPORTED) {
        err.println("  " + line(lang, booking));
      }
    }
    err.flush();
    return 0;
  }

  private static String line(Lang lang, StatementImport.Booking booking) {
    StatementEntry entry = booking.entry();
    String what = Texts.of(lang, "importStatement.booking", "index", entry.index(), "day", entry.day(),
        "amount", amount(entry.amount(), entry.currency(), lang.locale()),
        "text", Echo.shorten(entry.remittance().or(entry::payerName).orElse("")));
    return what + ": " + Texts.of(lang, "importStatement." + booking.outcome().name(), "members",
        String.join(", ", booking.candidates()));
  }

  private static String amount(BigDecimal amount, String currency, Locale locale) {
    return String.format(locale, "%,.2f %s", amount, currency);
  }
}
