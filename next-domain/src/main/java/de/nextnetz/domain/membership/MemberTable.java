package de.nextnetz.domain.membership;

import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.base.Echo;
import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.base.Organisation;
import de.nextnetz.domain.base.OrganisationKind;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.base.TableLine;
import de.nextnetz.domain.base.SheetValues;
import de.nextnetz.domain.base.TableProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a member list as the office keeps it in a spreadsheet, with a header line that names the
 * columns in English or German (the header {@code next export members} writes): id (ID), kind (Art),
 * name (Name), title (Titel), organisationKind (Organisationsart), start (Beginn), end (Ende),
 * founding (Gründungsmitglied), annualFee (Jahresbeitrag), currency (Währung). Only id, kind, name
 * and start are needed. Kinds are German or English words (persönlich, institutionell, assoziiert;
 * Kommune, Behörde, Verein, …) or the constants; days, amounts and yes/no as German and English
 * Excel and LibreOffice save them ({@link SheetValues}). A line that cannot be mapped is kept with
 * its number and each cell's problem: nothing is dropped.
 */
public final class MemberTable {

  private MemberTable() {}

  /**
   * A line that could not be mapped to a member.
   *
   * @param line the line number in the file
   * @param problems what is wrong, cell by cell (never empty)
   */
  public record Unmapped(int line, List<TableProblem> problems) {
    /**
     * Creates the record.
     *
     * @param line the line number
     * @param problems what is wrong
     */
    public Unmapped {
      problems = List.copyOf(problems);
    }

    /** {@return e.g. {@code line 4: Art "Ehrenmitglied" must be persönlich, …}, in English} */
    @Override
    public String toString() {
      return "line " + line + ": " + problems.stream().map(TableProblem::toString).collect(Collectors.joining("; "));
    }
  }

  /**
   * The members read and the lines that could not be mapped.
   *
   * @param members the members, in the order of the lines
   * @param unmapped the lines that could not be mapped
   * @param left the document's members that the table does not list, which a document written from
   *     the result no longer has
   */
  public record Result(List<Member> members, List<Unmapped> unmapped, List<Member> left) {
    /**
     * Creates the result.
     *
     * @param members the members
     * @param unmapped the unmapped lines
     * @param left the document's members the table does not list
     */
    public Result {
      members = List.copyOf(members);
      unmapped = List.copyOf(unmapped);
      left = List.copyOf(left);
    }
  }

  /**
   * A header line the table cannot be read by: an unknown column, a column named twice, or a
   * needed column missing. Nothing of the table is read.
   */
  public static final class BadHeader extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the header. */
    public enum What {
      /** A column the member list does not know. */
      UNKNOWN_COLUMN,
      /** A column named twice. */
      COLUMN_TWICE,
      /** A needed column (ID, Art, Name, Beginn) missing. */
      COLUMN_MISSING
    }

    /** The header's line number. */
    private final int line;

    /** What is wrong. */
    private final What what;

    /** The column: as written for an unknown one or one named twice, else its German name. */
    private final String column;

    /** The column's English name for a missing one, else as written. */
    private final String englishColumn;

    BadHeader(int line, What what, String column, String englishColumn, String english) {
      super("line " + line + ": " + english);
      this.line = line;
      this.what = what;
      this.column = column;
      this.englishColumn = englishColumn;
    }

    /** {@return the header's line number} */
    public int line() {
      return line;
    }

    /** {@return what is wrong} */
    public What what() {
      return what;
    }

    /** {@return the column concerned: as the header writes it, or for a missing one its German name} */
    public String column() {
      return column;
    }

    /** {@return the column concerned: as the header writes it, or for a missing one its English name} */
    public String englishColumn() {
      return englishColumn;
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

  /** The words of a membership kind: German, English, and further ones read. */
  private static final Map<MembershipKind, List<String>> KIND_WORDS = new EnumMap<>(Map.of(
      MembershipKind.PERSONAL, List.of("persönlich", "personal", "Person"),
      MembershipKind.INSTITUTIONAL, List.of("institutionell", "institutional", "Institution"),
      MembershipKind.ASSOCIATED, List.of("assoziiert", "associated")));

  /** The words of an organisation kind: German, English, and further ones read. */
  private static final Map<OrganisationKind, List<String>> ORGANISATION_WORDS = new EnumMap<>(Map.of(
      OrganisationKind.AUTHORITY, List.of("Behörde", "authority", "Ministerium", "Amt"),
      OrganisationKind.MUNICIPALITY, List.of("Kommune", "municipality", "Gemeinde", "Stadt", "Landkreis", "Kreis",
          "Gebietskörperschaft"),
      OrganisationKind.PUBLIC_COMPANY, List.of("öffentliches Unternehmen", "public company"),
      OrganisationKind.PUBLIC_IT_PROVIDER, List.of("öffentlicher IT-Dienstleister", "public IT provider",
          "IT-Dienstleister"),
      OrganisationKind.RESEARCH, List.of("Forschung", "research", "Hochschule", "Universität", "university"),
      OrganisationKind.ASSOCIATION, List.of("Verein", "association", "Verband"),
      OrganisationKind.COMPANY, List.of("Unternehmen", "company", "Firma"),
      OrganisationKind.OTHER, List.of("Sonstige", "other")));

  /**
   * The header of the columns in a language, as {@code next export members} writes it.
   *
   * @param locale German for {@code de}, else English
   * @return the column names
   */
  public static List<String> header(Locale locale) {
    List<String> names = new ArrayList<>();
    for (Column column : Column.values()) {
      names.add(german(locale) ? column.german : column.english);
    }
    return names;
  }

  /**
   * The cells of a member in the column order of {@link #header(Locale)}, in the words of the
   * language ({@code persönlich}, {@code Kommune}, {@code WAHR} in German), which {@link #read}
   * reads back; days ISO, which Excel reads as days in every language.
   *
   * @param member the member
   * @param locale the language of the words and the amount's decimal separator
   * @return the cells
   */
  public static List<String> cells(Member member, Locale locale) {
    int word = german(locale) ? 0 : 1;
    return List.of(member.getId(), wordOf(KIND_WORDS, member.getKind(), word),
        member.getPerson().map(Person::getName).or(() -> member.getOrganisation().map(Organisation::getName)).orElse(""),
        member.getPerson().flatMap(Person::getTitle).orElse(""),
        member.getOrganisation().map(organisation -> wordOf(ORGANISATION_WORDS, organisation.getKind(), word)).orElse(""),
        member.getStart().toString(), member.getEnd().map(LocalDate::toString).orElse(""),
        SheetValues.yesNo(member.isFounding(), locale), member.getAnnualFee().map(fee -> fee.decimal(locale)).orElse(""),
        member.getAnnualFee().map(fee -> fee.currency().getCurrencyCode()).orElse(""));
  }

  private static boolean german(Locale locale) {
    return locale.getLanguage().equals("de");
  }

  /**
   * Reads the table.
   *
   * @param lines the lines, the first non-blank one the header
   * @return the members and the unmapped lines
   * @throws BadHeader if the header lacks id, kind, name or start, or names a column twice or a
   *     column it does not know
   */
  public static Result read(List<TableLine> lines) {
    return read(lines, List.of());
  }

  /**
   * Reads the table as the new member list of a document: a member the document has (same id) keeps
   * everything the table has no column for (cost shares, representatives, mandate, payment method,
   * application, the person's or organisation's own id, and the values of optional columns the file
   * leaves out); the table's cells replace the rest, an empty cell of a column the file has clears
   * it.
   *
   * @param lines the lines, the first non-blank one the header
   * @param document the document's members
   * @return the members in the order of the lines, the unmapped lines, and the document's members
   *     the table does not list
   * @throws BadHeader if the header lacks id, kind, name or start, or names a column twice or a
   *     column it does not know
   */
  public static Result read(List<TableLine> lines, List<Member> document) {
    Map<String, Member> known = new java.util.HashMap<>();
    for (Member member : document) {
      known.put(member.getId(), member);
    }
    List<Member> members = new ArrayList<>();
    List<Unmapped> unmapped = new ArrayList<>();
    Header header = null;
    List<TableLine> rows = new ArrayList<>();
    for (TableLine line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (header == null) {
        header = header(line);
      } else {
        rows.add(line);
      }
    }
    if (header == null) {
      return new Result(members, unmapped, document);
    }
    List<String> days = new ArrayList<>();
    for (TableLine row : rows) {
      days.add(header.cell(row, Column.START));
      days.add(header.cell(row, Column.END));
    }
    SheetValues.SlashOrder order = SheetValues.slashOrder(days);
    for (TableLine row : rows) {
      List<TableProblem> problems = new ArrayList<>();
      Member member = member(row, header, order, known, problems);
      if (member == null) {
        unmapped.add(new Unmapped(row.number(), problems));
      } else {
        members.add(member);
      }
    }
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (TableLine row : rows) {
      listed.add(header.cell(row, Column.ID));
    }
    return new Result(members, unmapped, document.stream().filter(member -> !listed.contains(member.getId())).toList());
  }

  /** The columns of a file and their names as its header writes them. */
  private record Header(Map<Column, Integer> index, Map<Column, String> names) {
    String cell(TableLine line, Column column) {
      Integer at = index.get(column);
      return at == null || at >= line.cells().size() ? "" : line.cells().get(at).strip();
    }

    String name(Column column) {
      return names.getOrDefault(column, column.german);
    }

    boolean has(Column column) {
      return index.containsKey(column);
    }
  }

  private static Header header(TableLine header) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    Map<Column, String> names = new EnumMap<>(Column.class);
    for (int i = 0; i < header.cells().size(); i++) {
      String name = header.cells().get(i).strip();
      Column found = null;
      for (Column column : Column.values()) {
        if (column.english.equalsIgnoreCase(name) || column.german.equalsIgnoreCase(name)) {
          found = column;
        }
      }
      if (found == null) {
        throw new BadHeader(header.number(), BadHeader.What.UNKNOWN_COLUMN, name, name, "unknown column \"" + Echo.shorten(name)
            + "\"; known: " + String.join(", ", header(Locale.ENGLISH)));
      }
      if (columns.put(found, i) != null) {
        throw new BadHeader(header.number(), BadHeader.What.COLUMN_TWICE, name, name, "the column " + name + " is named twice");
      }
      names.put(found, name);
    }
    for (Column required : List.of(Column.ID, Column.KIND, Column.NAME, Column.START)) {
      if (!columns.containsKey(required)) {
        throw new BadHeader(header.number(), BadHeader.What.COLUMN_MISSING, required.german, required.english,
            "the header lacks the column " + required.english + " (" + required.german + ")");
      }
    }
    return new Header(columns, names);
  }

  private static @Nullable Member member(TableLine line, Header header, SheetValues.SlashOrder order,
      Map<String, Member> known, List<TableProblem> problems) {
    String id = header.cell(line, Column.ID);
    if (!id.matches(Ids.PATTERN)) {
      problems.add(new TableProblem(header.name(Column.ID), id, id.isEmpty() ? TableProblem.What.EMPTY : TableProblem.What.ID));
    }
    Member before = known.get(id);
    String kindText = header.cell(line, Column.KIND);
    MembershipKind kind = word(KIND_WORDS, kindText);
    if (kind == null) {
      problems.add(new TableProblem(header.name(Column.KIND), kindText,
          kindText.isEmpty() ? TableProblem.What.EMPTY : TableProblem.What.MEMBERSHIP_KIND));
    }
    String name = header.cell(line, Column.NAME);
    if (name.isEmpty()) {
      problems.add(new TableProblem(header.name(Column.NAME), name, TableProblem.What.EMPTY));
    }
    String startText = header.cell(line, Column.START);
    LocalDate start = startText.isEmpty() ? null : SheetValues.day(header.name(Column.START), startText, order, problems);
    if (startText.isEmpty()) {
      problems.add(new TableProblem(header.name(Column.START), startText, TableProblem.What.EMPTY));
    }
    String endText = header.cell(line, Column.END);
    LocalDate end = endText.isEmpty() ? null : SheetValues.day(header.name(Column.END), endText, order, problems);
    if (!header.has(Column.END) && before != null) {
      end = before.getEnd().orElse(null);
    }
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(new TableProblem(header.name(Column.END), endText, TableProblem.What.END_BEFORE_START));
    }
    OrganisationKind organisationKind = before == null ? OrganisationKind.ASSOCIATION
        : before.getOrganisation().map(Organisation::getKind).orElse(OrganisationKind.ASSOCIATION);
    String organisationText = header.cell(line, Column.ORGANISATION_KIND);
    if (!organisationText.isEmpty()) {
      organisationKind = word(ORGANISATION_WORDS, organisationText);
      if (organisationKind == null) {
        problems.add(new TableProblem(header.name(Column.ORGANISATION_KIND), organisationText,
            TableProblem.What.ORGANISATION_KIND));
      }
    }
    Money fee = SheetValues.amount(header.name(Column.ANNUAL_FEE), header.cell(line, Column.ANNUAL_FEE),
        header.name(Column.CURRENCY), header.cell(line, Column.CURRENCY), problems);
    if (!header.has(Column.ANNUAL_FEE) && before != null) {
      fee = before.getAnnualFee().orElse(null);
    }
    Boolean founding = (header.has(Column.FOUNDING) || before == null)
        ? SheetValues.yesNo(header.name(Column.FOUNDING), header.cell(line, Column.FOUNDING), problems)
        : Boolean.valueOf(before.isFounding());
    if (!problems.isEmpty() || kind == null || start == null || founding == null || organisationKind == null) {
      return null;
    }
    Member.Builder member = before == null ? Member.builder() : before.toBuilder();
    member.id(id).kind(kind).start(start).founding(founding).end(Optional.ofNullable(end))
        .annualFee(Optional.ofNullable(fee));
    String key = id.toLowerCase(Locale.ROOT);
    if (kind == MembershipKind.PERSONAL) {
      Person.Builder person = before != null && before.getPerson().isPresent()
          ? before.getPerson().get().toBuilder() : Person.builder().id(key);
      person.name(name);
      if (header.has(Column.TITLE)) {
        String title = header.cell(line, Column.TITLE);
        person.title(title.isEmpty() ? Optional.empty() : Optional.of(title));
      }
      member.person(person.build()).organisation(Optional.empty());
    } else {
      Organisation.Builder organisation = before != null && before.getOrganisation().isPresent()
          ? before.getOrganisation().get().toBuilder() : Organisation.builder().id(key);
      member.organisation(organisation.name(name).kind(organisationKind).build()).person(Optional.empty());
    }
    return member.build();
  }

  /** A constant's word: 0 German, 1 English (every constant has both). */
  private static <K extends Enum<K>> String wordOf(Map<K, List<String>> words, K constant, int word) {
    return words.getOrDefault(constant, List.of(constant.name(), constant.name())).get(word);
  }

  /** The constant a word names: the constant's name or one of its words, in any case. */
  private static <K extends Enum<K>> @Nullable K word(Map<K, List<String>> words, String text) {
    for (Map.Entry<K, List<String>> entry : words.entrySet()) {
      if (entry.getKey().name().equalsIgnoreCase(text)
          || entry.getValue().stream().anyMatch(word -> word.equalsIgnoreCase(text))) {
        return entry.getKey();
      }
    }
    return null;
  }
}
