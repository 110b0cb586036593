package de.nextnetz.domain.membership;

import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.base.Echo;
import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.base.Organisation;
import de.nextnetz.domain.base.OrganisationKind;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.base.TableLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a member list as the office keeps it in a spreadsheet, with a header line that names the
 * columns in English or German (the header {@code next export members} writes): id (ID), kind (Art),
 * name (Name), title (Titel), organisationKind (Organisationsart), start (Beginn), end (Ende),
 * founding (Gründungsmitglied), annualFee (Jahresbeitrag), currency (Währung). Only id, kind, name
 * and start are needed. Kinds are the constants or their German words (persönlich, institutionell,
 * assoziiert); days ISO ({@code 2024-11-21}) or German ({@code 21.11.2024}); amounts with a point or a
 * comma. A line that cannot be mapped is kept with its number and what is wrong: nothing is dropped.
 */
public final class MemberTable {

  private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private MemberTable() {}

  /**
   * A line that could not be mapped to a member.
   *
   * @param line the line number in the file
   * @param problems what is wrong
   */
  public record Unmapped(int line, List<String> problems) {
    /**
     * Creates the record.
     *
     * @param line the line number
     * @param problems what is wrong
     */
    public Unmapped {
      problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
      return "line " + line + ": " + String.join("; ", problems);
    }
  }

  /**
   * The members read and the lines that could not be mapped.
   *
   * @param members the members, in the order of the lines
   * @param unmapped the lines that could not be mapped
   */
  public record Result(List<Member> members, List<Unmapped> unmapped) {
    /**
     * Creates the result.
     *
     * @param members the members
     * @param unmapped the unmapped lines
     */
    public Result {
      members = List.copyOf(members);
      unmapped = List.copyOf(unmapped);
    }
  }

  /** A column's English name and its German name. */
  private enum Column {
    ID("id", "ID"), KIND("kind", "Art"), NAME("name", "Name"), TITLE("title", "Titel"),
    ORGANISATION_KIND("organisationKind", "Organisationsart"), START("start", "Beginn"), END("end", "Ende"),
    FOUNDING("founding", "Gründungsmitglied"), ANNUAL_FEE("annualFee", "Jahresbeitrag"), CURRENCY("currency", "Währung");

    final String english;
    final String german;

    Column(String english, String german) {
      this.english = english;
      this.german = german;
    }
  }

  /**
   * The header of the columns in a language, as {@code next export members} writes it.
   *
   * @param locale German for {@code de}, else English
   * @return the column names
   */
  public static List<String> header(Locale locale) {
    List<String> names = new ArrayList<>();
    for (Column column : Column.values()) {
      names.add(locale.getLanguage().equals("de") ? column.german : column.english);
    }
    return names;
  }

  /**
   * The cells of a member in the column order of {@link #header(Locale)}.
   *
   * @param member the member
   * @param locale the language of the amount's decimal separator
   * @return the cells
   */
  public static List<String> cells(Member member, Locale locale) {
    return List.of(member.getId(), member.getKind().name(),
        member.getPerson().map(Person::getName).or(() -> member.getOrganisation().map(Organisation::getName)).orElse(""),
        member.getPerson().flatMap(Person::getTitle).orElse(""),
        member.getOrganisation().map(organisation -> organisation.getKind().name()).orElse(""),
        member.getStart().toString(), member.getEnd().map(LocalDate::toString).orElse(""),
        String.valueOf(member.isFounding()), member.getAnnualFee().map(fee -> fee.decimal(locale)).orElse(""),
        member.getAnnualFee().map(fee -> fee.currency().getCurrencyCode()).orElse(""));
  }

  /**
   * Reads the table.
   *
   * @param lines the lines, the first non-blank one the header
   * @return the members and the unmapped lines
   * @throws IllegalArgumentException naming the header's line if it lacks id, kind, name or start,
   *     or names a column twice or a column it does not know
   */
  public static Result read(List<TableLine> lines) {
    List<Member> members = new ArrayList<>();
    List<Unmapped> unmapped = new ArrayList<>();
    Map<Column, Integer> columns = null;
    for (TableLine line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (columns == null) {
        columns = columns(line);
        continue;
      }
      List<String> problems = new ArrayList<>();
      Member member = member(line, columns, problems);
      if (member == null) {
        unmapped.add(new Unmapped(line.number(), problems));
      } else {
        members.add(member);
      }
    }
    return new Result(members, unmapped);
  }

  private static Map<Column, Integer> columns(TableLine header) {
    Map<Column, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String name = header.cells().get(i).strip();
      Column found = null;
      for (Column column : Column.values()) {
        if (column.english.equalsIgnoreCase(name) || column.german.equalsIgnoreCase(name)) {
          found = column;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException("line " + header.number() + ": unknown column \"" + Echo.shorten(name)
            + "\"; known: " + String.join(", ", header(Locale.ENGLISH)));
      }
      if (columns.put(found, i) != null) {
        throw new IllegalArgumentException("line " + header.number() + ": the column " + found.english + " is named twice");
      }
    }
    for (Column required : List.of(Column.ID, Column.KIND, Column.NAME, Column.START)) {
      if (!columns.containsKey(required)) {
        throw new IllegalArgumentException("line " + header.number() + ": the header lacks the column " + required.english
            + " (" + required.german + ")");
      }
    }
    return columns;
  }

  private static String cell(TableLine line, Map<Column, Integer> columns, Column column) {
    Integer index = columns.get(column);
    return index == null || index >= line.cells().size() ? "" : line.cells().get(index).strip();
  }

  private static @Nullable Member member(TableLine line, Map<Column, Integer> columns, List<String> problems) {
    String id = cell(line, columns, Column.ID);
    if (!id.matches(Ids.PATTERN)) {
      problems.add("id must be letters, digits, '.', '_' or '-', but was \"" + Echo.shorten(id) + "\"");
    }
    MembershipKind kind = kind(cell(line, columns, Column.KIND), problems);
    String name = cell(line, columns, Column.NAME);
    if (name.isEmpty()) {
      problems.add("name must not be empty");
    }
    LocalDate start = day(cell(line, columns, Column.START), "start", problems);
    String endText = cell(line, columns, Column.END);
    LocalDate end = endText.isEmpty() ? null : day(endText, "end", problems);
    OrganisationKind organisationKind = OrganisationKind.ASSOCIATION;
    String organisationText = cell(line, columns, Column.ORGANISATION_KIND);
    if (!organisationText.isEmpty()) {
      try {
        organisationKind = OrganisationKind.valueOf(organisationText);
      } catch (IllegalArgumentException e) {
        problems.add("organisationKind must be one of " + java.util.Arrays.toString(OrganisationKind.values())
            + ", but was \"" + Echo.shorten(organisationText) + "\"");
      }
    }
    Optional<Money> fee = fee(cell(line, columns, Column.ANNUAL_FEE), cell(line, columns, Column.CURRENCY), problems);
    String founding = cell(line, columns, Column.FOUNDING);
    if (!founding.isEmpty() && !founding.equalsIgnoreCase("true") && !founding.equalsIgnoreCase("false")
        && !founding.equalsIgnoreCase("ja") && !founding.equalsIgnoreCase("nein")) {
      problems.add("founding must be true or false (ja or nein), but was \"" + Echo.shorten(founding) + "\"");
    }
    if (!problems.isEmpty() || kind == null || start == null) {
      return null;
    }
    Member.Builder member = Member.builder().id(id).kind(kind).start(start)
        .founding(founding.equalsIgnoreCase("true") || founding.equalsIgnoreCase("ja"));
    if (kind == MembershipKind.PERSONAL) {
      String title = cell(line, columns, Column.TITLE);
      Person.Builder person = Person.builder().id(id.toLowerCase(Locale.ROOT)).name(name);
      if (!title.isEmpty()) {
        person.title(title);
      }
      member.person(person.build());
    } else {
      member.organisation(Organisation.builder().id(id.toLowerCase(Locale.ROOT)).name(name).kind(organisationKind).build());
    }
    if (end != null) {
      member.end(end);
    }
    fee.ifPresent(member::annualFee);
    try {
      return member.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      problems.add(String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static @Nullable MembershipKind kind(String text, List<String> problems) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "personal", "persönlich" -> {
        return MembershipKind.PERSONAL;
      }
      case "institutional", "institutionell" -> {
        return MembershipKind.INSTITUTIONAL;
      }
      case "associated", "assoziiert" -> {
        return MembershipKind.ASSOCIATED;
      }
      default -> {
        problems.add("kind must be PERSONAL, INSTITUTIONAL or ASSOCIATED (persönlich, institutionell, assoziiert), but was \""
            + Echo.shorten(text) + "\"");
        return null;
      }
    }
  }

  private static @Nullable LocalDate day(String text, String column, List<String> problems) {
    try {
      return text.contains(".") ? LocalDate.parse(text, GERMAN_DAY.withResolverStyle(java.time.format.ResolverStyle.STRICT))
          : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(column + " must be a day (2024-11-21 or 21.11.2024), but was \"" + Echo.shorten(text) + "\"");
      return null;
    }
  }

  private static Optional<Money> fee(String amount, String currency, List<String> problems) {
    if (amount.isEmpty()) {
      return Optional.empty();
    }
    try {
      BigDecimal value = new BigDecimal(amount.replace(',', '.'));
      return Optional.of(Money.of(value, Currency.getInstance(currency.isEmpty() ? "EUR" : currency)));
    } catch (IllegalArgumentException e) {
      problems.add("annualFee must be an amount with at most two decimals and a currency such as EUR, but was \""
          + Echo.shorten(amount + " " + currency) + "\"");
      return Optional.empty();
    }
  }
}
