package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.law.BaseRates;
import de.nextnetz.rules.law.DuesLaw;
import de.nextnetz.rules.law.Interest;
import de.nextnetz.rules.law.Ledger;
import de.nextnetz.rules.law.LedgerItem;
import de.nextnetz.rules.law.Ledgers;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code next dues}: every member's dues account on a day, or one member's. */
@Command(name = "dues", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Shows the dues on a day from the Satzung's fees and the recorded payments: per member the fee"
        + " years, what was paid, written off and is open, default since when and the default interest (§§ 286, 288"
        + " BGB); the open items of all members, or every year of one member with --member.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "2:bad input or usage (also: the document records no dues)"})
final class DuesCommand extends NextCommand {

  @Mixin private final Options.Document document = new Options.Document();

  @Mixin private final Options.Output output = new Options.Output();

  @Mixin private final Options.AsOf day = new Options.AsOf();

  @Option(names = "--member", paramLabel = "ID", description = "Only this member, with every fee year.")
  private @Nullable String member;

  @Option(names = "--base-rate", paramLabel = "FROM=PERCENT", description = "A base rate (§ 247 BGB) for the half-year"
      + " from FROM (yyyy-01-01 or yyyy-07-01), e.g. 2026-07-01=1.27, added to or correcting the built-in table;"
      + " may be repeated.")
  private List<String> baseRates = new ArrayList<>();

  @Override
  public Integer call() {
    Association association = load(document.file);
    LocalDate asOf = day.or(next.today());
    BaseRates rates = rates(lang);
    Ledgers ledgers = Ledgers.of(association, asOf, rates, DuesLaw.INTEREST_MARGIN)
        .orElseThrow(() -> new BadInputException(Texts.of(lang, "dues.none")));
    List<Ledger> shown = ledgers.all();
    if (member != null) {
      String id = member;
      shown = shown.stream().filter(ledger -> ledger.member().getId().equals(id)).toList();
      if (shown.isEmpty()) {
        throw new BadInputException(Texts.of(lang, "dues.unknownMember", "member", id));
      }
    }
    PrintWriter out = out();
    if (output.json()) {
      printDocument(bytes -> NextJson.standard().writeDues(member != null ? ledgers.only(member) : ledgers, bytes));
      out.flush();
      return 0;
    }
    Money open = Money.ofCents(0, Money.EUR);
    Money credit = Money.ofCents(0, Money.EUR);
    Interest interest = Interest.NONE;
    int debtors = 0;
    for (Ledger ledger : shown) {
      open = open.plus(ledger.open());
      credit = credit.plus(ledger.credit());
      for (LedgerItem item : items(ledger)) {
        interest = interest.plus(item.interest());
      }
      debtors += ledger.open().isZero() ? 0 : 1;
    }
    out.println(Texts.of(lang, "dues.title", "association", association.getDisplayName(), "asOf", asOf));
    out.println(Texts.of(lang, "dues.summary", "open", open, "debtors", debtors, "credit", credit,
        "interest", interest.money()));
    interest.unknownFrom().ifPresent(unknown -> out.println(Texts.of(lang, "dues.rateUnknown", "from", unknown)));
    for (Ledger ledger : shown) {
      for (LedgerItem item : items(ledger)) {
        out.println("  " + line(lang, ledger, item, asOf));
      }
      if (!ledger.credit().isZero()) {
        out.println("  " + Texts.of(lang, "dues.credit", "member", ledger.member().getName(), "credit",
            ledger.credit()));
      }
    }
    out.flush();
    return 0;
  }

  /** The items shown: every year of the one member asked for, else the open ones. */
  private List<LedgerItem> items(Ledger ledger) {
    return member != null ? ledger.items() : ledger.openItems();
  }

  private static String line(Lang lang, Ledger ledger, LedgerItem item, LocalDate asOf) {
    String name = ledger.member().getName();
    String base = item.writtenOff().isZero()
        ? Texts.of(lang, "dues.item", "member", name, "year", item.year(), "fee", item.fee(), "paid", item.paid(),
            "open", item.open())
        : Texts.of(lang, "dues.itemWrittenOff", "member", name, "year", item.year(), "fee", item.fee(),
            "paid", item.paid(), "writtenOff", item.writtenOff(), "open", item.open());
    Optional<LocalDate> due = item.due();
    if (item.isInDefaultOn(asOf)) {
      return base + "; " + Texts.of(lang, "dues.default", "from", item.defaultFrom().orElseThrow(), "law",
          item.defaultBasis().orElseThrow().citation().source(), "interest", item.interest().money());
    }
    if (item.isSettled()) {
      return base + "; " + Texts.of(lang, item.wasPaidLate() && !item.interest().money().isZero()
          ? "dues.settledLate" : "dues.settled", "on",
          item.settledOn().orElseThrow(), "interest", item.interest().money());
    }
    return base + (due.isPresent() ? "; " + Texts.of(lang, "dues.dueOn", "due", due.get())
        : "; " + Texts.of(lang, "dues.noDueDay"));
  }

  private BaseRates rates(Lang lang) {
    BaseRates rates = BaseRates.DEFAULT;
    for (String row : baseRates) {
      int equals = row.indexOf('=');
      try {
        if (equals < 0) {
          throw new IllegalArgumentException("no =");
        }
        LocalDate from = LocalDate.parse(row.substring(0, equals));
        new BigDecimal(row.substring(equals + 1));
        rates = rates.with(BaseRates.half(from.getYear(), from.getMonthValue(), row.substring(equals + 1),
            "--base-rate", false));
        if (from.getDayOfMonth() != 1) {
          throw new IllegalArgumentException("not the first");
        }
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new BadInputException(Texts.of(lang, "dues.baseRate", "value", row));
      }
    }
    return rates;
  }
}
