package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.deadlines.Deadline;
import de.nextnetz.rules.deadlines.Deadlines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code next deadlines}: what is due in a span of days. */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
    description = "Lists what is due from a day for a number of days, overdue items first marked:"
        + " board election, annual general assembly, NExTpanel conferences, community meetings, fees.")
final class DeadlinesCommand implements Callable<Integer> {

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private Next next;

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "An association document (JSON); default: the embedded NExT 2024 data set.")
  private @Nullable Path file;

  @Option(names = "--from", paramLabel = "DATE", description = "The first day, yyyy-mm-dd; default: today.")
  private @Nullable LocalDate from;

  @Option(names = "--days", paramLabel = "N", description = "How many days from the first; default: ${DEFAULT-VALUE}.")
  private int days = 365;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json; default: ${DEFAULT-VALUE}.")
  private CheckCommand.Format format = CheckCommand.Format.text;

  @Option(names = "--lang", paramLabel = "LANG", description = "de or en; default: ${DEFAULT-VALUE}.")
  private Lang lang = Lang.en;

  @Override
  public Integer call() {
    if (days < 0) {
      throw new BadInputException("--days must not be negative, but was " + days);
    }
    Association association = DataSet.load(file);
    LocalDate first = from != null ? from : next.today();
    LocalDate last = first.plusDays(days);
    List<Deadline> deadlines;
    try {
      deadlines = Deadlines.between(association, first, last);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(String.valueOf(e.getMessage()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == CheckCommand.Format.json) {
      out.print(NextJson.standard().writeDeadlinesAsString(deadlines, lang.locale()));
      return 0;
    }
    out.println(lang.pick("Deadlines of ", "Fristen von ") + association.getDisplayName() + lang.pick(" from ", " vom ")
        + first + lang.pick(" to ", " bis ") + last + ": " + deadlines.size());
    for (Deadline deadline : deadlines) {
      out.println("  " + deadline.dueBy() + (deadline.overdue() ? lang.pick("  OVERDUE", "  ÜBERFÄLLIG") : "")
          + "  [" + deadline.ruleId() + "] " + deadline.message(lang.locale()));
      out.println("              " + deadline.citation().source());
    }
    return 0;
  }
}
