package de.nextnetz.domain.event;

import de.nextnetz.domain.base.Echo;
import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.base.SheetValues;
import de.nextnetz.domain.base.TableLine;
import de.nextnetz.domain.base.TableProblem;

import de.nextnetz.domain.community.Community;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an event table in the layout of the activity report's Table 1: tab-separated columns Nr,
 * Datum ({@code dd.MM.yyyy}), Format, Event, Ort, with an optional header line.
 *
 * <p>Formats are mapped by name without regard to case ({@code NExTcommunity}, {@code What's NExT},
 * {@code NExTperspektiven}, {@code NExTbasics}, {@code NExTpanel} with a title starting
 * "Frühjahr" or "Herbst", {@code NExTNetzwerk}, …); modes likewise ({@code virtuell}, {@code
 * Präsenz}, {@code hybrid}); communities by name or alias. Rows of the same format and title on
 * consecutive days are one event over those days (the autumn conference of 21 and 22 November
 * 2024), with both row numbers kept. A row that cannot be mapped is never dropped: it comes back
 * as an {@link UnmappedRow} with its line number and what was wrong.
 */
public final class EventTable {

  private static final DateTimeFormatter GERMAN_DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private EventTable() {}

  /** A table row that could not be mapped to an event, kept with its line number. */
  public static final class UnmappedRow {
    private final int line;
    private final String text;
    private final List<TableProblem> cells;

    UnmappedRow(int line, String text, List<TableProblem> cells) {
      this.line = line;
      this.text = text;
      this.cells = List.copyOf(cells);
    }

    /** {@return the line number in the table text, from 1} */
    public int getLine() {
      return line;
    }

    /** {@return the row as written} */
    public String getText() {
      return text;
    }

    /** {@return what could not be mapped, cell by cell, in English (for JSON and logs)} */
    public List<String> getProblems() {
      return cells.stream().map(TableProblem::toString).toList();
    }

    /** {@return what could not be mapped, cell by cell, for a presenter to word in its language} */
    public List<TableProblem> getCells() {
      return cells;
    }

    /** {@return e.g. {@code "line 13: Event \"Blockchain\" is no community of the association"}} */
    @Override
    public String toString() {
      return "line " + line + ": " + String.join("; ", getProblems());
    }
  }

  /** The result of reading a table: the events and the rows that could not be mapped. */
  public static final class Result {
    private final List<Event> events;
    private final List<UnmappedRow> unmapped;
    private final int rows;

    Result(List<Event> events, List<UnmappedRow> unmapped, int rows) {
      this.events = List.copyOf(events);
      this.unmapped = List.copyOf(unmapped);
      this.rows = rows;
    }

    /** {@return the events, in the order of the table} */
    public List<Event> getEvents() {
      return events;
    }

    /** {@return the rows that could not be mapped, in the order of the table} */
    public List<UnmappedRow> getUnmapped() {
      return unmapped;
    }

    /** {@return the number of data rows read (mapped or not)} */
    public int getRows() {
      return rows;
    }
  }

  /** The most rows a table may have: a year of an association has hundreds, not millions. */
  public static final int MAX_ROWS = 100_000;

  /** The longest line of a table, in characters. */
  public static final int MAX_LINE = 10_000;

  /**
   * A table beyond {@link #MAX_ROWS} rows or with a line beyond {@link #MAX_LINE} characters: refused
   * before anything is mapped, so memory, time and the echo of a line stay bounded.
   */
  public static final class LimitExceeded extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Which limit. */
    public enum What {
      /** Too many rows. */
      ROWS,
      /** A line too long. */
      LINE
    }

    /** Which limit the table exceeds. */
    private final What what;

    /** The line too long, or the number of lines. */
    private final int line;

    /** The limit exceeded. */
    private final int limit;

    LimitExceeded(What what, int line, int limit) {
      super(what == What.ROWS ? "the table has more than " + limit + " rows"
          : "line " + line + " is longer than " + limit + " characters");
      this.what = what;
      this.line = line;
      this.limit = limit;
    }

    /** {@return which limit the table exceeds} */
    public What what() {
      return what;
    }

    /** {@return the line too long, or the number of lines for {@link What#ROWS}} */
    public int line() {
      return line;
    }

    /** {@return the limit} */
    public int limit() {
      return limit;
    }
  }

  /**
   * Reads a tab-separated table.
   *
   * @param table the table text, lines separated by line breaks, cells by tabs
   * @param communities the communities to map names and aliases to
   * @return the events and the unmapped rows
   * @throws LimitExceeded if the table has more than {@link #MAX_ROWS} rows or a line longer than
   *     {@link #MAX_LINE} characters
   */
  public static Result read(String table, List<Community> communities) {
    Objects.requireNonNull(table, "table");
    String[] lines = table.split("\\R", -1);
    if (lines.length > MAX_ROWS + 2) {
      throw new LimitExceeded(LimitExceeded.What.ROWS, lines.length, MAX_ROWS);
    }
    List<TableLine> rows = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > MAX_LINE) {
        throw new LimitExceeded(LimitExceeded.What.LINE, i + 1, MAX_LINE);
      }
      rows.add(new TableLine(i + 1, List.of(lines[i].split("\t", -1))));
    }
    return read(rows, communities);
  }

  /**
   * Reads a table whose lines a spreadsheet reader has split into cells (a CSV file with any
   * separator, quoted cells, line breaks in cells), in either layout: Table 1's (as {@link
   * #read(String, List)}), or the one {@code next export events} writes ({@link #header(Locale)}:
   * a header whose first cell is {@code ID} or {@code id}; days as spreadsheets save them, formats by
   * their label or constant, modes in German or English, communities by name, alias or id).
   *
   * @param lines the lines; blank lines skipped; in Table 1's layout a header line (first cell
   *     starting with "Nr") skipped
   * @param communities the communities to map names and aliases to
   * @return the events and the unmapped rows
   * @throws LimitExceeded if the table has more than {@link #MAX_ROWS} lines or a line longer than
   *     {@link #MAX_LINE} characters
   */
  public static Result read(List<TableLine> lines, List<Community> communities) {
    return read(lines, communities, List.of());
  }

  /**
   * Reads a table as {@link #read(List, List)} does, with the association's own event formats: a
   * format cell naming one of them ({@link OwnFormat#isKnownAs}) gives its kind and keeps its name
   * ({@link Event#getFormatName()}), before NExT's formats are asked.
   *
   * @param lines the lines
   * @param communities the communities to map names and aliases to
   * @param formats the association's own event formats
   * @return the events and the unmapped rows
   * @throws LimitExceeded if the table has more than {@link #MAX_ROWS} lines or a line longer than
   *     {@link #MAX_LINE} characters
   */
  public static Result read(List<TableLine> lines, List<Community> communities, List<OwnFormat> formats) {
    if (lines.size() > MAX_ROWS + 2) {
      throw new LimitExceeded(LimitExceeded.What.ROWS, lines.size(), MAX_ROWS);
    }
    for (TableLine line : lines) {
      if (line.cells().stream().mapToInt(cell -> cell.length() + 1).sum() - 1 > MAX_LINE) {
        throw new LimitExceeded(LimitExceeded.What.LINE, line.number(), MAX_LINE);
      }
    }
    java.util.function.Function<String, Optional<Community>> community = Community.finder(communities);
    TableLine first = lines.stream().filter(line -> !line.isBlank()).findFirst().orElse(null);
    if (first != null && first.cells().get(0).strip().equalsIgnoreCase(Column.ID.english)) {
      return exported(first, lines, communities, community, formats);
    }
    List<Event> events = new ArrayList<>();
    List<UnmappedRow> unmapped = new ArrayList<>();
    int rows = 0;
    for (TableLine line : lines) {
      if (line.isBlank() || (rows == 0 && line.cells().get(0).strip().toLowerCase(Locale.ROOT).startsWith("nr"))) {
        continue;
      }
      rows++;
      List<TableProblem> problems = new ArrayList<>();
      Optional<Event> event = map(line.cells(), community, formats, problems);
      if (event.isEmpty()) {
        unmapped.add(new UnmappedRow(line.number(), String.join("\t", line.cells()), problems));
        continue;
      }
      Event built = event.get();
      @Nullable Event previous = events.isEmpty() ? null : events.get(events.size() - 1);
      if (previous != null && previous.getFormat() == built.getFormat()
          && previous.getTitle().equals(built.getTitle())
          && previous.getLastDay().plusDays(1).equals(built.getDate())) {
        events.set(events.size() - 1, Event.builder().from(previous)
            .endDate(built.getDate())
            .addAllSourceRows(built.getSourceRows())
            .build());
      } else {
        events.add(built);
      }
    }
    return new Result(events, unmapped, rows);
  }

  /**
   * The events of a document after a table is read into it: an event of the table replaces the
   * document's event of the same id in what the table carries (days, format, title, mode,
   * community; the place and the source rows and invited guests where the table has them) and keeps
   * the rest (its audience, and the place, rows and guests the table does not give); an event the
   * document lacks is added; the document's other events stay. In the order of their first days
   * (the document's order among events of one day).
   *
   * @param document the document's events
   * @param table the events read from the table
   * @return the events
   */
  public static List<Event> into(List<Event> document, List<Event> table) {
    java.util.Map<String, Event> read = new java.util.LinkedHashMap<>();
    for (Event event : table) {
      read.put(event.getId(), event);
    }
    List<Event> events = new ArrayList<>();
    for (Event before : document) {
      Event after = read.remove(before.getId());
      if (after == null) {
        events.add(before);
        continue;
      }
      Event.Builder merged = before.toBuilder().date(after.getDate()).endDate(after.getEndDate()).format(after.getFormat())
          .formatName(after.getFormatName())
          .title(after.getTitle()).mode(after.getMode()).communityId(after.getCommunityId());
      after.getLocation().ifPresent(merged::location);
      if (!after.getSourceRows().isEmpty()) {
        merged.sourceRows(after.getSourceRows());
      }
      if (!after.getInvitedGuests().isEmpty()) {
        merged.invitedGuests(after.getInvitedGuests());
      }
      events.add(merged.build());
    }
    events.addAll(read.values());
    events.sort(java.util.Comparator.comparing(Event::getDate));
    return events;
  }

  /** The columns of {@code next export events}: the English and the German name. */
  private enum Column {
    ID("id", "ID"), DATE("date", "Datum"), END("endDate", "Ende"), FORMAT("format", "Format"), TITLE("title", "Titel"),
    MODE("mode", "Modus"), COMMUNITY("community", "Community"), LOCATION("location", "Ort");

    final String english;
    final String german;

    Column(String english, String german) {
      this.english = english;
      this.german = german;
    }
  }

  /** The columns of Table 1, as the activity report names them. */
  private static final String TABLE_1_COLUMNS = "Nr, Datum, Format, Event, Ort";

  /**
   * The header {@code next export events} writes, which {@link #read(List, List)} reads back.
   *
   * @param locale German for {@code de}, else English
   * @return the column names: identifier, first and last day, format, title, mode, community, place
   */
  public static List<String> header(Locale locale) {
    List<String> names = new ArrayList<>();
    for (Column column : Column.values()) {
      names.add(german(locale) ? column.german : column.english);
    }
    return names;
  }

  /**
   * An event's cells in the columns of {@link #header(Locale)}, in the words of the language: the
   * format's label ({@code NExTcommunity}), the mode ({@code virtuell}, {@code in person}), the
   * community's name; days ISO, which spreadsheets read as days in every language.
   *
   * @param event the event
   * @param communities the association's communities, for the community's name (its id if none
   *     has it)
   * @param locale the language
   * @return the cells
   */
  public static List<String> cells(Event event, List<Community> communities, Locale locale) {
    String community = event.getCommunityId().map(id -> communities.stream().filter(c -> c.getId().equals(id))
        .map(Community::getName).findFirst().orElse(id)).orElse("");
    return List.of(event.getId(), event.getDate().toString(), event.getEndDate().map(LocalDate::toString).orElse(""),
        event.getFormatName().orElse(event.getFormat().getLabel()), event.getTitle(), modeWords(event.getMode()).get(german(locale) ? 0 : 1),
        community, event.getLocation().orElse(""));
  }

  /** The words of the modes: German first, then English, then others read. */
  private static final java.util.Map<EventMode, List<String>> MODE_WORDS = new java.util.EnumMap<>(java.util.Map.of(
      EventMode.VIRTUAL, List.of("virtuell", "virtual", "online"),
      EventMode.IN_PERSON, List.of("Präsenz", "in person", "praesenz", "vor Ort"),
      EventMode.HYBRID, List.of("hybrid", "hybrid")));

  private static List<String> modeWords(EventMode mode) {
    return MODE_WORDS.getOrDefault(mode, List.of(mode.name(), mode.name()));
  }

  private static boolean german(Locale locale) {
    return locale.getLanguage().equals("de");
  }

  private static Result exported(TableLine first, List<TableLine> lines, List<Community> communities,
      java.util.function.Function<String, Optional<Community>> community, List<OwnFormat> formats) {
    java.util.Map<Column, Integer> index = new java.util.EnumMap<>(Column.class);
    java.util.Map<Column, String> names = new java.util.EnumMap<>(Column.class);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < first.cells().size(); i++) {
      String name = first.cells().get(i).strip();
      boolean known = false;
      for (Column column : Column.values()) {
        if ((column.english.equalsIgnoreCase(name) || column.german.equalsIgnoreCase(name)) && !index.containsKey(column)) {
          index.put(column, i);
          names.put(column, name);
          known = true;
          break;
        }
      }
      if (!known) {
        unknown.add(name);
      }
    }
    List<TableLine> rows = new ArrayList<>();
    List<String> days = new ArrayList<>();
    for (TableLine line : lines) {
      if (!line.isBlank() && line.number() > first.number()) {
        rows.add(line);
        days.add(cell(line, index, Column.DATE));
        days.add(cell(line, index, Column.END));
      }
    }
    SheetValues.SlashOrder order = SheetValues.slashOrder(days);
    List<Event> events = new ArrayList<>();
    List<UnmappedRow> unmapped = new ArrayList<>();
    for (TableLine line : rows) {
      List<TableProblem> problems = new ArrayList<>();
      for (Column needed : List.of(Column.DATE, Column.FORMAT, Column.TITLE, Column.MODE)) {
        if (!index.containsKey(needed)) {
          problems.add(new TableProblem(String.join(", ", header(Locale.GERMAN)), "", TableProblem.What.COLUMNS));
          break;
        }
      }
      if (!unknown.isEmpty() || line.cells().size() > first.cells().size()) {
        problems.add(new TableProblem(String.join(", ", header(Locale.GERMAN)), String.valueOf(line.cells().size()),
            TableProblem.What.COLUMNS));
      }
      Event event = problems.isEmpty() ? exportedEvent(line, index, names, order, communities, community, formats, problems) : null;
      if (event == null) {
        unmapped.add(new UnmappedRow(line.number(), String.join("\t", line.cells()), problems));
      } else {
        events.add(event);
      }
    }
    return new Result(events, unmapped, rows.size());
  }

  private static String cell(TableLine line, java.util.Map<Column, Integer> index, Column column) {
    Integer at = index.get(column);
    return at == null || at >= line.cells().size() ? "" : line.cells().get(at).strip();
  }

  private static @Nullable Event exportedEvent(TableLine line, java.util.Map<Column, Integer> index,
      java.util.Map<Column, String> names, SheetValues.SlashOrder order, List<Community> communities,
      java.util.function.Function<String, Optional<Community>> community, List<OwnFormat> formats,
      List<TableProblem> problems) {
    String id = cell(line, index, Column.ID);
    if (!id.matches(Ids.PATTERN)) {
      problems.add(new TableProblem(names.getOrDefault(Column.ID, "ID"), id, id.isEmpty() ? TableProblem.What.EMPTY : TableProblem.What.ID));
    }
    String dateText = cell(line, index, Column.DATE);
    LocalDate date = dateText.isEmpty() ? null : SheetValues.day(names.getOrDefault(Column.DATE, "Datum"), dateText, order, problems);
    if (dateText.isEmpty()) {
      problems.add(new TableProblem(names.getOrDefault(Column.DATE, "Datum"), dateText, TableProblem.What.EMPTY));
    }
    String endText = cell(line, index, Column.END);
    LocalDate end = endText.isEmpty() ? null : SheetValues.day(names.getOrDefault(Column.END, "Ende"), endText, order, problems);
    if (date != null && end != null && end.isBefore(date)) {
      problems.add(new TableProblem(names.getOrDefault(Column.END, "Ende"), endText, TableProblem.What.END_BEFORE_START));
    }
    String title = cell(line, index, Column.TITLE);
    if (title.isEmpty()) {
      problems.add(new TableProblem(names.getOrDefault(Column.TITLE, "Titel"), title, TableProblem.What.EMPTY));
    }
    String formatText = cell(line, index, Column.FORMAT);
    OwnFormat own = formats.stream().filter(candidate -> candidate.isKnownAs(formatText)).findFirst().orElse(null);
    EventFormat format = own != null ? own.getFormat() : labelled(formatText);
    if (format == null) {
      format = format(formatText, title);
    }
    if (format == null) {
      problems.add(new TableProblem(names.getOrDefault(Column.FORMAT, "Format"), formatText, TableProblem.What.FORMAT));
    }
    String modeText = cell(line, index, Column.MODE);
    EventMode mode = mode(modeText);
    if (mode == null) {
      problems.add(new TableProblem(names.getOrDefault(Column.MODE, "Modus"), modeText, TableProblem.What.MODE));
    }
    String communityText = cell(line, index, Column.COMMUNITY);
    String communityId = null;
    if (!communityText.isEmpty()) {
      communityId = community.apply(communityText).map(Community::getId)
          .or(() -> communities.stream().map(Community::getId).filter(communityText::equals).findFirst()).orElse(null);
      if (communityId == null) {
        problems.add(new TableProblem(names.getOrDefault(Column.COMMUNITY, "Community"), communityText,
            TableProblem.What.COMMUNITY));
      }
    }
    if (!problems.isEmpty() || date == null || format == null || mode == null) {
      return null;
    }
    String location = cell(line, index, Column.LOCATION);
    return Event.builder().id(id).date(date).endDate(Optional.ofNullable(end)).format(format)
        .formatName(own == null ? Optional.empty() : Optional.of(own.getName())).title(title).mode(mode)
        .communityId(Optional.ofNullable(communityId)).location(location.isEmpty() ? Optional.empty() : Optional.of(location))
        .build();
  }

  /** The format whose label or constant the text is, in any case. */
  private static @Nullable EventFormat labelled(String text) {
    for (EventFormat format : EventFormat.values()) {
      if (format.getLabel().equalsIgnoreCase(text) || format.name().equalsIgnoreCase(text)) {
        return format;
      }
    }
    return null;
  }

  private static Optional<Event> map(List<String> row, java.util.function.Function<String, Optional<Community>> communities,
      List<OwnFormat> formats, List<TableProblem> problems) {
    String[] cells = row.toArray(String[]::new);
    if (cells.length != 5) {
      problems.add(new TableProblem(TABLE_1_COLUMNS, String.valueOf(cells.length), TableProblem.What.COLUMNS));
      return Optional.empty();
    }
    Integer number = null;
    try {
      number = Integer.parseInt(cells[0].strip());
      if (number < 1) {
        problems.add(new TableProblem("Nr", cells[0].strip(), TableProblem.What.NUMBER));
        number = null;
      }
    } catch (NumberFormatException e) {
      problems.add(new TableProblem("Nr", cells[0].strip(), TableProblem.What.NUMBER));
    }
    LocalDate date = null;
    try {
      date = LocalDate.parse(cells[1].strip(), GERMAN_DATE);
    } catch (DateTimeParseException e) {
      problems.add(new TableProblem("Datum", cells[1].strip(), TableProblem.What.DAY));
    }
    String title = cells[3].strip();
    if (title.isEmpty()) {
      problems.add(new TableProblem("Event", title, TableProblem.What.EMPTY));
    }
    EventMode mode = mode(cells[4].strip());
    if (mode == null) {
      problems.add(new TableProblem("Ort", cells[4].strip(), TableProblem.What.MODE));
    }
    String format = cells[2].strip();
    OwnFormat own = formats.stream().filter(candidate -> candidate.isKnownAs(format)).findFirst().orElse(null);
    EventFormat eventFormat = own != null ? own.getFormat() : format(format, title);
    if (eventFormat == null) {
      problems.add(new TableProblem("Format", format.equalsIgnoreCase("NExTpanel") ? format + " " + title : format,
          TableProblem.What.FORMAT));
    }
    Optional<Community> community = communities.apply(title);
    if (eventFormat == EventFormat.COMMUNITY_MEETING && community.isEmpty()) {
      problems.add(new TableProblem("Event", title, TableProblem.What.COMMUNITY));
    }
    if (!problems.isEmpty() || number == null || date == null || mode == null || eventFormat == null) {
      return Optional.empty();
    }
    Event.Builder event = Event.builder()
        .id(String.format(Locale.ROOT, "%d-%02d", date.getYear(), number))
        .date(date)
        .format(eventFormat)
        .formatName(own == null ? Optional.empty() : Optional.of(own.getName()))
        .title(title)
        .mode(mode)
        .addSourceRow(number);
    if (eventFormat == EventFormat.COMMUNITY_MEETING || eventFormat == EventFormat.WHATS_NEXT) {
      community.ifPresent(c -> event.communityId(c.getId()));
    }
    if (eventFormat == EventFormat.NEXTPERSPEKTIVEN) {
      event.addInvitedGuest(title);
    }
    return Optional.of(event.build());
  }

  private static @Nullable EventMode mode(String text) {
    for (EventMode mode : EventMode.values()) {
      if (mode.name().equalsIgnoreCase(text)
          || modeWords(mode).stream().anyMatch(word -> word.equalsIgnoreCase(text))) {
        return mode;
      }
    }
    return null;
  }

  private static @Nullable EventFormat format(String text, String title) {
    String format = text.toLowerCase(Locale.GERMAN).replace("#", "").replace("’", "'");
    String lowerTitle = title.toLowerCase(Locale.GERMAN);
    return switch (format) {
      case "nextcommunity" -> EventFormat.COMMUNITY_MEETING;
      case "what's next", "what's next?", "whats next", "whats next?" -> EventFormat.WHATS_NEXT;
      case "nextperspektiven" -> EventFormat.NEXTPERSPEKTIVEN;
      case "nextbasics" -> EventFormat.NEXTBASICS;
      case "nextnetzwerk" -> EventFormat.NETWORK_EVENT;
      case "next-to-meet-you" -> EventFormat.NEXT_TO_MEET_YOU;
      case "nextcamp" -> EventFormat.NEXTCAMP;
      case "nextwerkstatt" -> EventFormat.NEXTWERKSTATT;
      case "mitgliederversammlung" -> EventFormat.GENERAL_ASSEMBLY;
      case "nextpanel" -> lowerTitle.startsWith("frühjahr") ? EventFormat.NEXTPANEL_SPRING
          : lowerTitle.startsWith("herbst") ? EventFormat.NEXTPANEL_AUTUMN : null;
      default -> null;
    };
  }
}
