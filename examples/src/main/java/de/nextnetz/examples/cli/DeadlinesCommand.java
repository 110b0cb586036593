package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.json.NextJson;
import de.nextnetz.json.calendar.DeadlineCalendar;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.deadlines.Deadlines;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code next deadlines}: what the rules say is due in a span of days. */
@Command(name = "deadlines", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Lists what the rules say is due from a day for a number of days, overdue items marked:"
        + " board election, annual general assembly, NExTpanel conferences, community meetings, fees, § 73 BGB.")
final class DeadlinesCommand extends NextCommand {

  @Mixin private final Options.Document document = new Options.Document();

  /** The forms of a deadline listing. */
  enum Format {
    /** Text for people. */
    text,
    /** JSON for machines. */
    json,
    /** An iCalendar (RFC 5545) for the office's calendar. */
    ics
  }

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or ics (iCalendar: one event a deadline,"
      + " with a reminder at the rule's lead time); default: ${DEFAULT-VALUE}.")
  private Format format = Format.text;

  @Option(names = "--from", paramLabel = "DATE", description = "The first day, yyyy-mm-dd; default: today.")
  private @Nullable LocalDate from;

  @Option(names = "--days", paramLabel = "N", description = "How many days from the first; default: ${DEFAULT-VALUE}.")
  private int days = 365;

  @Override
  public Integer call() {
    if (days < 0) {
      throw new BadInputException(Texts.of(lang, "error.days", "days", String.valueOf(days)));
    }
    Association association = load(document.file);
    LocalDate first = from != null ? from : next.today();
    List<Deadline> deadlines;
    LocalDate last;
    try {
      last = first.plusDays(days);
      deadlines = Deadlines.between(association, first, last);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new BadInputException(String.valueOf(e.getMessage()));
    }
    PrintWriter out = out();
    if (format == Format.json) {
      printDocument(bytes -> NextJson.standard().writeDeadlines(deadlines, lang.locale(), bytes));
      return 0;
    }
    if (format == Format.ics) {
      document().print(DeadlineCalendar.write(association, deadlines, lang.locale(), next.now()));
      return 0;
    }
    out.println(Texts.of(lang, "deadlines.title", "association", association.getDisplayName(), "from", first,
        "to", last, "count", deadlines.size()));
    for (Deadline deadline : deadlines) {
      out.println("  " + Texts.value(lang, deadline.dueBy())
          + (deadline.overdue() ? "  " + Texts.of(lang, "deadlines.overdue") : "")
          + "  [" + deadline.ruleId() + "] " + deadline.message(lang.locale()));
      out.println("      " + deadline.citation().source());
    }
    return 0;
  }
}
