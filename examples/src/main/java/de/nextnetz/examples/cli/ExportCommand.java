package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.Event;
import de.nextnetz.json.table.Exports;
import de.nextnetz.rules.deadlines.Deadlines;
import de.nextnetz.rules.law.Ledgers;
import de.nextnetz.rules.report.BudgetYear;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code next export}: the office's tables as spreadsheet files that Excel opens. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Writes a table as a CSV file that Excel opens as a table (UTF-8 with byte-order mark, ';', CRLF):"
        + " members, events, deadlines, reminders (the open fees, of an association document) or budget-lines (of a portfolio document).")
final class ExportCommand extends NextCommand {

  /** The tables. */
  enum Table {
    /** Every member with kind, days and fee. */
    members,
    /** The events, of one year with --year. */
    events,
    /** What falls due, from --from for --days. */
    deadlines,
    /** The budget lines of a municipality's portfolio in --year. */
    budget_lines,
    /** The open fees on the --from day, for reminder letters by mail merge. */
    reminders
  }

  @Parameters(index = "0", paramLabel = "TABLE", description = "members, events, deadlines, budget-lines or reminders.",
      converter = TableConverter.class)
  @SuppressWarnings("NullAway.Init")
  private Table table;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "The association document (the portfolio"
      + " document for budget-lines), - for standard input; default: the embedded NExT 2024 data set (Wiesbaden's"
      + " portfolio).")
  private @Nullable Path file;

  @Option(names = "--year", paramLabel = "YYYY", description = "events: only those of the year; budget-lines: the year"
      + " (default: the current year).")
  private @Nullable Integer year;

  @Option(names = "--from", paramLabel = "DATE", description = "deadlines: the first day; reminders: the day of the"
      + " open fees; default: today.")
  private @Nullable LocalDate from;

  @Option(names = "--days", paramLabel = "N", description = "deadlines: how many days from the first; default: ${DEFAULT-VALUE}.")
  private int days = 365;

  @Mixin private final Options.Destination destination = new Options.Destination();

  /** Spells {@code budget-lines} as the command line does. */
  static final class TableConverter implements picocli.CommandLine.ITypeConverter<Table> {
    @Override
    public Table convert(String value) {
      try {
        return Table.valueOf(value.replace('-', '_'));
      } catch (IllegalArgumentException e) {
        String allowed = "members, events, deadlines, budget-lines, reminders";
        throw new Next.Refused("'" + de.nextnetz.domain.base.Echo.shorten(value) + "' is none of " + allowed, "usage.noneOf",
            "value", de.nextnetz.domain.base.Echo.shorten(value), "allowed", allowed);
      }
    }
  }

  @Override
  public Integer call() {
    if (year != null && (year < 1 || year > 9999)) {
      throw new BadInputException(Texts.of(lang, "error.year", "year", String.valueOf(year)));
    }
    if (days < 0) {
      throw new BadInputException(Texts.of(lang, "error.days", "days", String.valueOf(days)));
    }
    java.util.function.Consumer<java.io.OutputStream> csv = switch (table) {
      case members -> {
        Association association = load(file);
        yield bytes -> Exports.members(association, lang.locale(), bytes);
      }
      case events -> {
        Association association = load(file);
        List<Event> events = new ArrayList<>(association.getEvents());
        if (year != null) {
          events.removeIf(event -> event.getDate().getYear() != year);
        }
        yield bytes -> Exports.events(events, association.getCommunities(), lang.locale(), bytes);
      }
      case deadlines -> {
        Association association = load(file);
        LocalDate first = from != null ? from : next.today();
        List<de.nextnetz.rules.Deadline> deadlines = Deadlines.between(association, first, first.plusDays(days));
        yield bytes -> Exports.deadlines(deadlines, lang.locale(), bytes);
      }
      case budget_lines -> {
        BudgetYear budget = BudgetYear.of(PortfolioCommand.load(file, lang, stdin()),
            Year.of(year != null ? year : next.today().getYear()));
        yield bytes -> Exports.budgetLines(budget, lang.locale(), bytes);
      }
      case reminders -> {
        Ledgers ledgers = Ledgers.of(load(file), from != null ? from : next.today())
            .orElseThrow(() -> new BadInputException(Texts.of(lang, "dues.none")));
        yield bytes -> Exports.reminders(ledgers, lang.locale(), bytes);
      }
    };
    // The byte-order mark is the text's first character: written as UTF-8, the file starts EF BB BF.
    destination.writeBytes(csv, file != null ? List.of(file) : List.of(), lang, document());
    return 0;
  }
}
