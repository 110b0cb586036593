package de.nextnetz.domain.event;

import de.nextnetz.domain.base.Echo;
import de.nextnetz.domain.base.TableLine;

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
    private final List<String> problems;

    UnmappedRow(int line, String text, List<String> problems) {
      this.line = line;
      this.text = text;
      this.problems = List.copyOf(problems);
    }

    /** {@return the line number in the table text, from 1} */
    public int getLine() {
      return line;
    }

    /** {@return the row as written} */
    public String getText() {
      return text;
    }

    /** {@return what could not be mapped} */
    public List<String> getProblems() {
      return problems;
    }

    /** {@return e.g. {@code "line 13: unknown community \"Blockchain\""}} */
    @Override
    public String toString() {
      return "line " + line + ": " + String.join("; ", problems);
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
   * separator, quoted cells, line breaks in cells); the same mapping as {@link #read(String, List)}.
   *
   * @param lines the lines, a header line (first cell starting with "Nr") and blank lines skipped
   * @param communities the communities to map names and aliases to
   * @return the events and the unmapped rows
   * @throws LimitExceeded if the table has more than {@link #MAX_ROWS} lines or a line longer than
   *     {@link #MAX_LINE} characters
   */
  public static Result read(List<TableLine> lines, List<Community> communities) {
    if (lines.size() > MAX_ROWS + 2) {
      throw new LimitExceeded(LimitExceeded.What.ROWS, lines.size(), MAX_ROWS);
    }
    for (TableLine line : lines) {
      if (line.cells().stream().mapToInt(cell -> cell.length() + 1).sum() - 1 > MAX_LINE) {
        throw new LimitExceeded(LimitExceeded.What.LINE, line.number(), MAX_LINE);
      }
    }
    List<Event> events = new ArrayList<>();
    List<UnmappedRow> unmapped = new ArrayList<>();
    java.util.function.Function<String, Optional<Community>> community = Community.finder(communities);
    int rows = 0;
    for (TableLine line : lines) {
      if (line.isBlank() || (rows == 0 && line.cells().get(0).strip().toLowerCase(Locale.ROOT).startsWith("nr"))) {
        continue;
      }
      rows++;
      List<String> problems = new ArrayList<>();
      Optional<Event> event = map(line.cells(), community, problems);
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

  private static Optional<Event> map(List<String> row, java.util.function.Function<String, Optional<Community>> communities,
      List<String> problems) {
    String[] cells = row.toArray(String[]::new);
    if (cells.length != 5) {
      problems.add("expected 5 columns (Nr, Datum, Format, Event, Ort), found " + cells.length);
      return Optional.empty();
    }
    Integer number = null;
    try {
      number = Integer.parseInt(cells[0].strip());
      if (number < 1) {
        problems.add("Nr must be a positive number, but was \"" + Echo.shorten(cells[0].strip()) + "\"");
        number = null;
      }
    } catch (NumberFormatException e) {
      problems.add("Nr must be a number, but was \"" + Echo.shorten(cells[0].strip()) + "\"");
    }
    LocalDate date = null;
    try {
      date = LocalDate.parse(cells[1].strip(), GERMAN_DATE);
    } catch (DateTimeParseException e) {
      problems.add("Datum must be a date dd.MM.yyyy, but was \"" + Echo.shorten(cells[1].strip()) + "\"");
    }
    String title = cells[3].strip();
    if (title.isEmpty()) {
      problems.add("Event must not be empty");
    }
    EventMode mode = mode(cells[4].strip());
    if (mode == null) {
      problems.add("Ort must be virtuell, Präsenz or hybrid, but was \"" + Echo.shorten(cells[4].strip()) + "\"");
    }
    String format = cells[2].strip();
    EventFormat eventFormat = format(format, title);
    if (eventFormat == null) {
      problems.add("unknown format \"" + Echo.shorten(format) + "\"" + (format.equalsIgnoreCase("NExTpanel")
          ? " with event \"" + title + "\" (neither Frühjahr… nor Herbst…)" : ""));
    }
    Optional<Community> community = communities.apply(title);
    if (eventFormat == EventFormat.COMMUNITY_MEETING && community.isEmpty()) {
      problems.add("unknown community \"" + Echo.shorten(title) + "\"");
    }
    if (!problems.isEmpty() || number == null || date == null || mode == null || eventFormat == null) {
      return Optional.empty();
    }
    Event.Builder event = Event.builder()
        .id(String.format(Locale.ROOT, "%d-%02d", date.getYear(), number))
        .date(date)
        .format(eventFormat)
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
    return switch (text.toLowerCase(Locale.GERMAN)) {
      case "virtuell", "virtual", "online" -> EventMode.VIRTUAL;
      case "präsenz", "praesenz", "in person" -> EventMode.IN_PERSON;
      case "hybrid" -> EventMode.HYBRID;
      default -> null;
    };
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
