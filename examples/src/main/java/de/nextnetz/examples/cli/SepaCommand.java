package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.json.bank.Pain008;
import de.nextnetz.rules.law.DirectDebitRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code next sepa}: the SEPA direct-debit file of the fees due by a collection day, and the pre-notifications. */
@Command(name = "sepa", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Writes the SEPA Core direct-debit file (pain.008.001.08) that collects, on the collection day,"
        + " the fees open and due of every member who pays by direct debit, and lists the pre-notifications to send."
        + " Everything is checked first: the creditor identifier and account, the collection day a TARGET day, the"
        + " file in time for the bank, the pre-notification in time, every mandate. With any problem, every problem"
        + " is listed and nothing is written (exit 2).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:file written", "2:bad input, or the run has problems (nothing written)"})
final class SepaCommand extends NextCommand {

  @Parameters(paramLabel = "FILE", description = "The association document (JSON); - reads it from standard input.")
  @SuppressWarnings("NullAway.Init")
  private Path file;

  @Option(names = "--collection", paramLabel = "DATE", required = true,
      description = "The collection day (ReqdColltnDt), yyyy-mm-dd: a TARGET day.")
  @SuppressWarnings("NullAway.Init")
  private LocalDate collection;

  @Option(names = "--notified", paramLabel = "DATE", description = "The day the pre-notifications go out;"
      + " default: today.")
  private @Nullable LocalDate notified;

  @Option(names = "--submitted", paramLabel = "DATE", description = "The day the file goes to the bank;"
      + " default: today.")
  private @Nullable LocalDate submitted;

  @Option(names = "--pre-notification-days", paramLabel = "N", description = "The days of pre-notification agreed in"
      + " the mandate or Satzung; default: ${DEFAULT-VALUE} (SEPA Core rulebook).")
  private int preNotificationDays = DirectDebitRun.PRE_NOTIFICATION_DAYS;

  @Option(names = "--cut-off-days", paramLabel = "N", description = "The TARGET days the bank needs the file before"
      + " the collection day; default: ${DEFAULT-VALUE} (D-1).")
  private int cutOffDays = DirectDebitRun.CUT_OFF_DAYS;

  @Mixin private final Options.Destination destination = new Options.Destination();

  @Override
  public Integer call() {
    if (preNotificationDays < 1 || cutOffDays < 1) {
      throw new BadInputException(Texts.of(lang, "sepa.days", "pre", preNotificationDays, "cutOff", cutOffDays));
    }
    Association association = load(file);
    LocalDate today = next.today();
    DirectDebitRun run = DirectDebitRun.plan(association, collection, notified != null ? notified : today,
        submitted != null ? submitted : today, preNotificationDays, cutOffDays);
    PrintWriter err = err();
    if (!run.problems().isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (DirectDebitRun.Problem problem : run.problems()) {
        // Each message names the member or the setting it is about; the JSON Pointer is for machines, not for the office.
        lines.add("  " + problem.message().render(lang.locale()));
      }
      throw new BadInputException(Texts.of(lang, "sepa.refused", "problems", run.problems().size()), lines);
    }
    LocalDateTime created = LocalDateTime.ofInstant(next.now(), Next.BERLIN);
    destination.write(Pain008.write(association, run, created), List.of(file), lang, document());
    err.println(Texts.of(lang, "sepa.summary", "debits", run.debits().size(), "total", run.total(),
        "day", run.collectionDay(), "submitBy", run.submitBy()));
    if (!run.debits().isEmpty()) {
      err.println(Texts.of(lang, "sepa.notices", "latest", run.collectionDay().minusDays(preNotificationDays)));
    }
    String creditorId = association.getDues().flatMap(d -> d.getCreditorId()).map(Object::toString).orElse("");
    for (DirectDebitRun.Debit debit : run.debits()) {
      err.println("  " + Texts.of(lang, "sepa.notice", "member", debit.member().getName(), "amount", debit.amount(),
          "day", run.collectionDay(), "reference", debit.mandate().getReference(), "creditorId", creditorId,
          "sequence", debit.sequence().name()));
    }
    err.flush();
    return 0;
  }
}
