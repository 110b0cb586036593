package de.nextnetz.json.table;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.SheetValues;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventTable;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.membership.MemberTable;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.report.BudgetYear;
import java.time.LocalDate;
import de.nextnetz.rules.law.DuesLaw;
import de.nextnetz.rules.law.Ledger;
import de.nextnetz.rules.law.LedgerItem;
import de.nextnetz.rules.law.Ledgers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables the office keeps in a spreadsheet, as spreadsheet files ({@link Spreadsheets#excel}):
 * members, events, deadlines and the lines of a budget year. Headers are German for {@code de},
 * else English; days are ISO dates ({@code 2024-11-21}, which Excel reads in every language);
 * amounts are numbers with the decimal separator of the language ({@link
 * de.nextnetz.domain.base.Money#decimal}: {@code 333,34} in German, so German Excel reads them as
 * numbers) and the currency in a column of its own.
 */
public final class Exports {

  private Exports() {}

  /**
   * The members, in the columns {@link MemberTable} reads back: identifier, kind, name, title,
   * organisation kind, first and last day, founding member, annual fee, currency.
   *
   * @param association the association
   * @param locale the language of the header
   * @return the file's bytes
   */
  public static byte[] members(Association association, Locale locale) {
    return bytes(out -> members(association, locale, out));
  }

  /**
   * The members, in the columns {@link MemberTable} reads back: identifier, kind, name, title,
   * organisation kind, first and last day, founding member, annual fee, currency.
   *
   * @param association the association
   * @param locale the language of the header
   * @param out where the table goes, UTF-8 with a byte-order mark, written as it is made; not closed
   * @throws java.io.UncheckedIOException if the stream cannot be written
   */
  public static void members(Association association, Locale locale, java.io.OutputStream out) {
    List<List<String>> rows = new ArrayList<>();
    for (Member member : association.getMembers()) {
      rows.add(MemberTable.cells(member, locale));
    }
    Spreadsheets.excel(MemberTable.header(locale), rows, out);
  }

  /**
   * The events, in the columns {@link EventTable} reads back: identifier, first and last day, format,
   * title, mode, community, place, in the words of the language.
   *
   * @param events the events
   * @param communities the association's communities, whose names the community column shows
   * @param locale the language of the header and the words
   * @return the file's bytes
   */
  public static byte[] events(List<Event> events, List<Community> communities, Locale locale) {
    return bytes(out -> events(events, communities, locale, out));
  }

  /**
   * The events, in the columns {@link EventTable} reads back: identifier, first and last day, format,
   * title, mode, community, place, in the words of the language.
   *
   * @param events the events
   * @param communities the association's communities, whose names the community column shows
   * @param locale the language of the header and the words
   * @param out where the table goes, UTF-8 with a byte-order mark, written as it is made; not closed
   * @throws java.io.UncheckedIOException if the stream cannot be written
   */
  public static void events(List<Event> events, List<Community> communities, Locale locale, java.io.OutputStream out) {
    List<List<String>> rows = new ArrayList<>();
    for (Event event : events) {
      rows.add(EventTable.cells(event, communities, locale));
    }
    Spreadsheets.excel(EventTable.header(locale), rows, out);
  }

  /**
   * The deadlines for the office: due day, overdue ({@code WAHR}/{@code FALSCH} in German), what is
   * due and the clause, in the language. The rule's id and the place in the document are for programs
   * and stay in {@code next deadlines --format json} and the calendar's {@code X-NEXT-*} lines.
   *
   * @param deadlines the deadlines
   * @param locale the language of the header and the texts
   * @return the file's bytes
   */
  public static byte[] deadlines(List<Deadline> deadlines, Locale locale) {
    return bytes(out -> deadlines(deadlines, locale, out));
  }

  /**
   * The deadlines for the office: due day, overdue ({@code WAHR}/{@code FALSCH} in German), what is
   * due and the clause, in the language.
   *
   * @param deadlines the deadlines
   * @param locale the language of the header and the texts
   * @param out where the table goes, UTF-8 with a byte-order mark, written as it is made; not closed
   * @throws java.io.UncheckedIOException if the stream cannot be written
   */
  public static void deadlines(List<Deadline> deadlines, Locale locale, java.io.OutputStream out) {
    List<List<String>> rows = new ArrayList<>();
    for (Deadline deadline : deadlines) {
      rows.add(List.of(deadline.dueBy().toString(), SheetValues.yesNo(deadline.overdue(), locale),
          deadline.message(locale), deadline.citation().source()));
    }
    Spreadsheets.excel(header(locale, List.of("dueBy", "overdue", "what", "clause"),
        List.of("Fällig bis", "Überfällig", "Was", "Grundlage")), rows, out);
  }

  /**
   * The lines of a budget year: year, membership, association, department, amount, executing unit.
   *
   * @param budget the budget year
   * @param locale the language of the header and the amounts
   * @return the file's bytes
   */
  public static byte[] budgetLines(BudgetYear budget, Locale locale) {
    return bytes(out -> budgetLines(budget, locale, out));
  }

  /**
   * The lines of a budget year: year, membership, association, department, amount, executing unit.
   *
   * @param budget the budget year
   * @param locale the language of the header and the amounts
   * @param out where the table goes, UTF-8 with a byte-order mark, written as it is made; not closed
   * @throws java.io.UncheckedIOException if the stream cannot be written
   */
  public static void budgetLines(BudgetYear budget, Locale locale, java.io.OutputStream out) {
    List<List<String>> rows = new ArrayList<>();
    for (BudgetYear.Line line : budget.getLines()) {
      rows.add(List.of(budget.getYear().toString(), line.getMembershipId(), line.getAssociation(), line.getDepartment(),
          line.getAmount().decimal(locale), line.getAmount().currency().getCurrencyCode(),
          line.getExecutingUnit().orElse("")));
    }
    Spreadsheets.excel(header(locale, List.of("year", "membership", "association", "department", "amount", "currency",
        "executingUnit"), List.of("Jahr", "Mitgliedschaft", "Verein", "Dezernat", "Betrag", "Währung", "Bewirtschaftende Stelle")),
        rows, out);
  }

  /**
   * The open fees for a reminder letter by mail merge: member, name, year, fee, paid, written off, open, due day,
   * in default since, default interest, currency and the reminder level ({@link DuesLaw#reminderLevel}, a convention
   * of 14 days between reminders). Fees without a calendar due day have no default and level 0.
   *
   * @param ledgers the members' ledgers on the day
   * @param locale the language of the header and the amounts
   * @return the file's bytes
   */
  public static byte[] reminders(Ledgers ledgers, Locale locale) {
    return bytes(out -> reminders(ledgers, locale, out));
  }

  /**
   * The open fees for a reminder letter by mail merge: member, name, year, fee, paid, written off, open, due day,
   * in default since, default interest, currency and the reminder level ({@link DuesLaw#reminderLevel}, a convention
   * of 14 days between reminders). Fees without a calendar due day have no default and level 0.
   *
   * @param ledgers the members' ledgers on the day
   * @param locale the language of the header and the amounts
   * @param out where the table goes, UTF-8 with a byte-order mark, written as it is made; not closed
   * @throws java.io.UncheckedIOException if the stream cannot be written
   */
  public static void reminders(Ledgers ledgers, Locale locale, java.io.OutputStream out) {
    List<List<String>> rows = new ArrayList<>();
    for (Ledger ledger : ledgers.all()) {
      for (LedgerItem item : ledger.openItems()) {
        boolean late = item.isInDefaultOn(ledgers.asOf());
        rows.add(List.of(ledger.member().getId(), ledger.member().getName(), item.year().toString(),
            item.fee().decimal(locale), item.paid().decimal(locale), item.writtenOff().decimal(locale),
            item.open().decimal(locale), text(item.due()),
            late ? item.defaultFrom().orElseThrow().toString() : "",
            item.interest().money().decimal(locale), item.open().currency().getCurrencyCode(),
            Integer.toString(DuesLaw.reminderLevel(item, ledgers.asOf(), DuesLaw.REMINDER_INTERVAL_DAYS))));
      }
    }
    Spreadsheets.excel(header(locale, List.of("member", "name", "year", "fee", "paid", "writtenOff", "open",
        "due", "defaultFrom", "interest", "currency", "reminderLevel"), List.of("Mitglied", "Name", "Jahr", "Beitrag",
        "Gezahlt", "Ausgebucht", "Offen", "Fällig", "Verzug seit", "Verzugszinsen", "Währung", "Mahnstufe")), rows, out);
  }

  private static List<String> header(Locale locale, List<String> english, List<String> german) {
    return locale.getLanguage().equals("de") ? german : english;
  }

  private static String text(Optional<LocalDate> day) {
    return day.map(LocalDate::toString).orElse("");
  }


  /** The bytes a writer of a table gives, for the methods that return a whole file. */
  private static byte[] bytes(java.util.function.Consumer<java.io.OutputStream> table) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    table.accept(bytes);
    return bytes.toByteArray();
  }
}
