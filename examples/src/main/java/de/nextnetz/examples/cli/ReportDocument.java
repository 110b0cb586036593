package de.nextnetz.examples.cli;

import de.nextnetz.rules.RuleId;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.report.ActivityReport;
import de.nextnetz.rules.report.CommunityMeetings;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The activity report (Tätigkeitsbericht) of a year as a document: self-contained HTML (no external
 * resource; inline CSS that prints well to PDF; charts as inline SVG) or Markdown (the same sections,
 * charts as tables). The sections follow the report of 2024: members with a chart over the years,
 * the table of events in the layout of Table 1, meetings per community against the statute's range
 * with a chart, events by format and mode, the year's general assemblies and board elections, and
 * as an appendix the open findings of the check on the year's last day. The figures are the
 * {@link ActivityReport}'s; the texts are the tool's bundle, German or English.
 */
final class ReportDocument {

  /** One section: a heading, paragraphs, tables, charts. Built once, written as HTML or Markdown. */
  private record Section(String heading, List<Part> parts) {}

  /** A part of a section. */
  private sealed interface Part permits Paragraph, Table, Chart {}

  private record Paragraph(String text) implements Part {}

  private record Table(List<String> header, List<List<String>> rows, String css) implements Part {}

  private record Chart(String title, List<Svg.Bar> bars, int low, int high) implements Part {}

  /**
   * What the office adds to the figures: the place and day the report is signed, a foreword and an
   * outlook (paragraphs), and a logo.
   *
   * @param place the place, by default the association's seat
   * @param date the day
   * @param foreword the foreword's paragraphs, empty for none
   * @param outlook the outlook's paragraphs, empty for none
   * @param logo the logo as a {@code data:} URI, or null for none
   */
  record Frame(String place, LocalDate date, List<String> foreword, List<String> outlook, @Nullable String logo) {
    Frame {
      foreword = List.copyOf(foreword);
      outlook = List.copyOf(outlook);
    }

    /** The frame of a report signed at the association's seat on a day, without foreword, outlook or logo. */
    static Frame of(Association association, LocalDate date) {
      return new Frame(association.getSeat(), date, List.of(), List.of(), null);
    }
  }

  private final Lang lang;
  private final String title;
  private final String association;
  private final Frame frame;
  private final List<Section> sections = new ArrayList<>();
  private final Section appendix;

  private ReportDocument(Association association, ActivityReport report, CheckReport yearEnd, Lang lang, Frame frame) {
    this.lang = lang;
    this.frame = frame;
    this.association = association.getDisplayName();
    Year year = report.getYear();
    this.title = Texts.of(lang, "doc.title", "year", year, "association", association.getDisplayName());
    sections.add(members(association, report));
    if (!report.isRecorded()) {
      sections.add(new Section(Texts.of(lang, "doc.events"), List.of(new Paragraph(Texts.of(lang, "report.unrecorded", "year", year)))));
    } else {
      sections.add(events(association, report));
      sections.add(communities(association, report));
      sections.add(formats(report));
    }
    sections.add(assemblies(association, report));
    sections.add(board(association, year));
    if (association.getTax().isPresent()) {
      sections.add(tax(association, report, yearEnd));
    }
    appendix = findings(yearEnd);
  }

  /**
   * The document of a year.
   *
   * @param association the association
   * @param report the year's figures
   * @param yearEnd the check on the year's last day, whose findings form the appendix
   * @param lang the language
   * @return the document
   */
  static ReportDocument of(Association association, ActivityReport report, CheckReport yearEnd, Lang lang) {
    return new ReportDocument(association, report, yearEnd, lang, Frame.of(association, yearEnd.asOf()));
  }

  /**
   * The document of a year in the office's frame.
   *
   * @param association the association
   * @param report the year's figures
   * @param yearEnd the check on the year's last day, whose findings form the appendix
   * @param lang the language
   * @param frame place, day, foreword, outlook and logo
   * @return the document
   */
  static ReportDocument of(Association association, ActivityReport report, CheckReport yearEnd, Lang lang, Frame frame) {
    return new ReportDocument(association, report, yearEnd, lang, frame);
  }

  /** A day in a table: {@code 21.11.2024}, {@code 21 Nov 2024}, short enough not to wrap. */
  private String day(LocalDate day) {
    return day.format(lang == Lang.de ? java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu", lang.locale())
        : java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", lang.locale()));
  }

  /** A change in a year: {@code +12}, {@code −3}, and {@code 0} without a sign. */
  private static String change(String sign, int count) {
    return count == 0 ? "0" : sign + count;
  }

  private Section board(Association association, Year year) {
    LocalDate end = year.atMonth(12).atEndOfMonth();
    List<List<String>> rows = new ArrayList<>();
    for (de.nextnetz.domain.board.BoardSeat seat : association.getBoard().seatsOn(end)) {
      rows.add(List.of(Texts.value(lang, seat.getRole()),
          seat.getPerson().getTitle().map(title -> title + " ").orElse("") + seat.getPerson().getName()));
    }
    return new Section(Texts.of(lang, "doc.board"), rows.isEmpty()
        ? List.of(new Paragraph(Texts.of(lang, "doc.noBoard", "day", Texts.value(lang, end))))
        : List.of(new Paragraph(Texts.of(lang, "doc.boardOn", "day", Texts.value(lang, end))),
            new Table(List.of(Texts.of(lang, "doc.role"), Texts.of(lang, "doc.name")), rows, "plain")));
  }

  /**
   * What the tax office reads (§ 63 AO: the actual management follows the Satzung): the purposes pursued, how (the
   * events and communities of the sections before), the notice, the year's receipts by sphere and the statement on
   * the taxable economic businesses, taken from the check at the year's end (ECONOMIC_BUSINESS_THRESHOLD_EXCEEDED)
   * and the dated limit of § 64 Abs. 3 AO, not typed by hand.
   */
  private Section tax(Association association, ActivityReport report, CheckReport yearEnd) {
    de.nextnetz.domain.tax.TaxProfile tax = association.getTax().orElseThrow();
    Year year = report.getYear();
    List<Part> parts = new ArrayList<>();
    String purposes = tax.getPurposes().stream().map(purpose -> purpose.getText() + purpose.getCatalogueNumber()
        .map(number -> " (§ 52 Abs. 2 Satz 1 Nr. " + number + " AO)").orElse("")).collect(java.util.stream.Collectors.joining("; "));
    parts.add(new Paragraph(Texts.of(lang, "doc.taxPurposes", "association", association.getDisplayName(),
        "purposes", purposes.isEmpty() ? "–" : purposes)));
    if (report.isRecorded() && report.getEvents() + report.getCommunityMeetings().size() > 0) {
      parts.add(new Paragraph(Texts.of(lang, "doc.taxHow", "year", year, "events", report.getEvents(),
          "communities", report.getCommunityMeetings().size())));
    }
    tax.getNotices().stream().max(java.util.Comparator.comparing(de.nextnetz.domain.tax.ExemptionNotice::getDate))
        .ifPresent(notice -> parts.add(new Paragraph(Texts.of(lang, notice.getAssumption().isPresent()
            ? "doc.taxNoticeAssumed" : "doc.taxNotice", "office", tax.getTaxOffice(),
            "kind", Texts.value(lang, notice.getKind()), "date", Texts.value(lang, notice.getDate())))));
    java.util.Optional<de.nextnetz.domain.tax.TaxYear> recorded = tax.year(year);
    if (recorded.isEmpty()) {
      parts.add(new Paragraph(Texts.of(lang, "doc.taxNoFigures", "year", year)));
      return new Section(Texts.of(lang, "doc.tax"), parts);
    }
    de.nextnetz.domain.tax.TaxYear figures = recorded.get();
    int index = tax.getYears().indexOf(figures);
    parts.add(new Table(List.of(Texts.of(lang, "doc.taxSphere"), Texts.of(lang, "doc.taxReceipts")), List.of(
        List.of(Texts.of(lang, "doc.taxIdeal"), Texts.value(lang, figures.getIdeal())),
        List.of(Texts.of(lang, "doc.taxAssets"), Texts.value(lang, figures.getAssetManagement())),
        List.of(Texts.of(lang, "doc.taxPurposeBusiness"), Texts.value(lang, figures.getPurposeBusiness())),
        List.of(Texts.of(lang, "doc.taxEconomic"), Texts.value(lang, figures.getEconomicBusiness()))), "plain"));
    String path = de.nextnetz.rules.Pointer.to("tax", "years", index) + "/economicBusiness";
    java.util.Optional<Finding> over = yearEnd.findings().stream()
        .filter(finding -> finding.ruleId().equals(
            RuleId.of("ECONOMIC_BUSINESS_THRESHOLD_EXCEEDED")) && finding.path().equals(path))
        .findFirst();
    java.util.Optional<de.nextnetz.rules.law.TaxThreshold> limit = de.nextnetz.rules.law.TaxThresholds.DEFAULT
        .of(de.nextnetz.rules.law.ThresholdKind.ECONOMIC_BUSINESS, year.getValue());
    if (over.isPresent()) {
      parts.add(new Paragraph(Texts.of(lang, "doc.taxEconomicOver", "year", year,
          "amount", Texts.value(lang, fact(over.get(), "amount")), "limit", Texts.value(lang, fact(over.get(), "threshold")),
          "excess", Texts.value(lang, fact(over.get(), "excess")))));
    } else if (limit.isPresent()) {
      parts.add(new Paragraph(Texts.of(lang, "doc.taxEconomicWithin", "year", year,
          "amount", Texts.value(lang, figures.getEconomicBusiness()), "limit", Texts.value(lang, limit.get().amount()))));
    }
    return new Section(Texts.of(lang, "doc.tax"), parts);
  }

  private static Object fact(Finding finding, String name) {
    return finding.facts().stream().filter(fact -> fact.name().equals(name)).map(de.nextnetz.rules.Fact::value)
        .findFirst().orElseThrow();
  }

  private Section members(Association association, ActivityReport report) {
    Map<MembershipKind, Integer> atEnd = report.getMembersAtYearEnd();
    Map<MembershipKind, Integer> joined = report.getJoined();
    Map<MembershipKind, Integer> left = report.getLeft();
    List<List<String>> rows = new ArrayList<>();
    for (MembershipKind kind : MembershipKind.values()) {
      rows.add(List.of(Texts.value(lang, kind), String.valueOf(atEnd.getOrDefault(kind, 0)),
          change("+", joined.getOrDefault(kind, 0)), change("−", left.getOrDefault(kind, 0))));
    }
    int counted = report.getMembersAtYearEnd(EnumSet.of(MembershipKind.PERSONAL, MembershipKind.INSTITUTIONAL));
    int grew = joined.getOrDefault(MembershipKind.PERSONAL, 0) + joined.getOrDefault(MembershipKind.INSTITUTIONAL, 0)
        - left.getOrDefault(MembershipKind.PERSONAL, 0) - left.getOrDefault(MembershipKind.INSTITUTIONAL, 0);
    List<Svg.Bar> years = new ArrayList<>();
    for (int y = association.getFoundingDate().getYear(); y <= report.getYear().getValue(); y++) {
      years.add(new Svg.Bar(String.valueOf(y), ActivityReport.of(association, Year.of(y))
          .getMembersAtYearEnd(EnumSet.of(MembershipKind.PERSONAL, MembershipKind.INSTITUTIONAL))));
    }
    return new Section(Texts.of(lang, "doc.members"), List.of(
        new Paragraph(Texts.of(lang, "doc.membersSummary", "year", report.getYear(), "total", counted,
            "institutional", atEnd.getOrDefault(MembershipKind.INSTITUTIONAL, 0),
            "personal", atEnd.getOrDefault(MembershipKind.PERSONAL, 0), "change", (grew >= 0 ? "+" : "−") + Math.abs(grew),
            "associated", atEnd.getOrDefault(MembershipKind.ASSOCIATED, 0))),
        new Table(List.of(Texts.of(lang, "doc.kind"), Texts.of(lang, "doc.atYearEnd", "year", report.getYear()),
            Texts.of(lang, "doc.joined"), Texts.of(lang, "doc.left")), rows, "numbers"),
        new Chart(Texts.of(lang, "doc.membersChart"), years, -1, -1)));
  }

  private Section events(Association association, ActivityReport report) {
    List<List<String>> rows = new ArrayList<>();
    int year = report.getYear().getValue();
    for (Event event : association.getEvents()) {
      if (event.getDate().getYear() != year) {
        continue;
      }
      String community = event.getCommunityId().flatMap(id -> association.getCommunities().stream()
          .filter(c -> c.getId().equals(id)).map(Community::getName).findFirst()).orElse("");
      // Table 1 has a row a day: an event over two days is two rows (its source rows).
      LocalDate day = event.getDate();
      for (int i = 0; !day.isAfter(event.getLastDay()); i++, day = day.plusDays(1)) {
        String number = i < event.getSourceRows().size() ? String.valueOf(event.getSourceRows().get(i)) : "";
        rows.add(List.of(number, day(day), event.getFormatName().orElse(event.getFormat().getLabel()), event.getTitle(),
            Texts.of(lang, "mode." + event.getMode().name()), community));
      }
    }
    return new Section(Texts.of(lang, "doc.events"), List.of(
        new Paragraph(Texts.of(lang, "report.events", "events", report.getEvents(), "days", report.getEventDays())),
        new Table(List.of(Texts.of(lang, "doc.nr"), Texts.of(lang, "doc.date"), Texts.of(lang, "doc.format"),
            Texts.of(lang, "doc.event"), Texts.of(lang, "doc.mode"), Texts.of(lang, "doc.community")), rows, "events")));
  }

  private Section communities(Association association, ActivityReport report) {
    int low = association.statuteOn(LocalDate.of(report.getYear().getValue(), 12, 31))
        .map(v -> v.getCommunityMinMeetings()).orElse(0);
    int high = association.statuteOn(LocalDate.of(report.getYear().getValue(), 12, 31))
        .map(v -> v.getCommunityMaxMeetings()).orElse(0);
    List<List<String>> rows = new ArrayList<>();
    List<Svg.Bar> bars = new ArrayList<>();
    for (CommunityMeetings meetings : report.getCommunityMeetings()) {
      // judged by the rules' law room (pro rata for a community founded during the year), never again here
      String judged = meetings.withinStatute().map(within -> Texts.of(lang, within ? "doc.within" : "doc.outside"))
          .orElse("");
      if (meetings.expected().isPresent() && meetings.expected().get().minimum() < low) {
        judged += " (" + Texts.of(lang, "doc.proRata", "minimum", meetings.expected().get().minimum()) + ")";
      }
      rows.add(List.of(meetings.name(), String.valueOf(meetings.meetings()), judged));
      bars.add(new Svg.Bar(meetings.name(), meetings.meetings()));
    }
    return new Section(Texts.of(lang, "doc.communities"), List.of(
        new Paragraph(Texts.of(lang, "doc.communitiesRange", "low", low, "high", high)),
        new Table(List.of(Texts.of(lang, "doc.community"), Texts.of(lang, "doc.meetings"), Texts.of(lang, "doc.statute")),
            rows, "numbers"),
        new Chart(Texts.of(lang, "doc.communitiesChart", "low", low, "high", high), bars, low, high)));
  }

  private Section formats(ActivityReport report) {
    List<List<String>> byFormat = new ArrayList<>();
    List<Svg.Bar> bars = new ArrayList<>();
    for (Map.Entry<EventFormat, Integer> entry : report.getEventsByFormat().entrySet()) {
      if (entry.getValue() > 0) {
        byFormat.add(List.of(entry.getKey().getLabel(), String.valueOf(entry.getValue()),
            String.valueOf(report.getEventDaysByFormat().getOrDefault(entry.getKey(), 0))));
        bars.add(new Svg.Bar(entry.getKey().getLabel(), entry.getValue()));
      }
    }
    List<List<String>> byMode = new ArrayList<>();
    for (Map.Entry<EventMode, Integer> entry : report.getEventsByMode().entrySet()) {
      byMode.add(List.of(Texts.of(lang, "mode." + entry.getKey().name()), String.valueOf(entry.getValue())));
    }
    return new Section(Texts.of(lang, "doc.formats"), List.of(
        new Table(List.of(Texts.of(lang, "doc.format"), Texts.of(lang, "doc.eventCount"), Texts.of(lang, "doc.eventDays")),
            byFormat, "numbers"),
        new Chart(Texts.of(lang, "doc.formatsChart"), bars, -1, -1),
        new Table(List.of(Texts.of(lang, "doc.mode"), Texts.of(lang, "doc.eventCount")), byMode, "numbers")));
  }

  private Section assemblies(Association association, ActivityReport report) {
    int year = report.getYear().getValue();
    List<List<String>> rows = new ArrayList<>();
    for (LocalDate day : report.getGeneralAssemblies()) {
      rows.add(List.of(day(day), Texts.of(lang, "doc.assembly")));
    }
    for (Election election : association.getBoard().getElections()) {
      if (election.getDate().getYear() == year) {
        rows.add(List.of(day(election.getDate()), Texts.of(lang, "doc.election")));
      }
    }
    List<Part> parts = rows.isEmpty() ? List.of(new Paragraph(Texts.of(lang, "doc.noAssemblies", "year", year)))
        : List.of(new Table(List.of(Texts.of(lang, "doc.date"), Texts.of(lang, "doc.what")), rows, "plain"));
    return new Section(Texts.of(lang, "doc.assemblies"), parts);
  }

  private Section findings(CheckReport yearEnd) {
    List<List<String>> rows = new ArrayList<>();
    for (Finding finding : yearEnd.findings()) {
      rows.add(List.of(Texts.value(lang, finding.severity()), finding.message(lang.locale()), finding.citation().source()));
    }
    List<Part> parts = new ArrayList<>();
    parts.add(new Paragraph(Texts.of(lang, "doc.findingsAsOf", "day", Texts.value(lang, yearEnd.asOf()),
        "errors", yearEnd.findings(de.nextnetz.rules.Severity.ERROR).size(),
        "warnings", yearEnd.findings(de.nextnetz.rules.Severity.WARNING).size(),
        "infos", yearEnd.findings(de.nextnetz.rules.Severity.INFO).size(), "missing", yearEnd.withMissingFacts().size())));
    if (!rows.isEmpty()) {
      parts.add(new Table(List.of(Texts.of(lang, "doc.severity"), Texts.of(lang, "doc.finding"), Texts.of(lang, "doc.clause")),
          rows, "plain"));
    }
    return new Section(Texts.of(lang, "doc.findings"), parts);
  }

  /**
   * The document as one self-contained HTML page.
   *
   * @return the HTML
   */
  String html() {
    java.io.StringWriter text = new java.io.StringWriter();
    html(new java.io.PrintWriter(text));
    return text.toString();
  }

  /** The default template, in the jar: {@code report.mustache} beside this class. */
  static String defaultTemplate() {
    try (java.io.InputStream in = java.util.Objects.requireNonNull(ReportDocument.class.getResourceAsStream("report.mustache"))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Compiles a template; every value is escaped as {@link #escape} does.
   *
   * @param template the template's text
   * @return the template
   * @throws com.samskivert.mustache.MustacheException if it is not a well-formed template
   */
  static com.samskivert.mustache.Template compile(String template) {
    return com.samskivert.mustache.Mustache.compiler().withEscaper(ReportDocument::escape).compile(template);
  }

  /**
   * Writes the document as one self-contained HTML page from the default template.
   *
   * @param out where to
   */
  void html(java.io.PrintWriter out) {
    html(out, compile(defaultTemplate()));
  }

  /**
   * Writes the document from a template (see the default template's comment for the names it is given).
   *
   * @param out where to
   * @param template the compiled template
   * @throws com.samskivert.mustache.MustacheException if the template asks for a name the document lacks
   */
  void html(java.io.PrintWriter out, com.samskivert.mustache.Template template) {
    Map<String, Object> context = new java.util.LinkedHashMap<>();
    context.put("lang", lang.name());
    context.put("title", title);
    context.put("association", association);
    context.put("place", frame.place());
    context.put("date", Texts.value(lang, frame.date()));
    context.put("logo", orFalse(frame.logo()));
    context.put("css", CSS);
    context.put("foreword", orFalse(frame.foreword().isEmpty() ? null
        : Map.of("heading", Texts.of(lang, "doc.foreword"), "paragraphs", frame.foreword())));
    context.put("outlook", orFalse(frame.outlook().isEmpty() ? null
        : Map.of("heading", Texts.of(lang, "doc.outlook"), "paragraphs", frame.outlook())));
    List<Object> numbered = new ArrayList<>();
    int number = 0;
    for (Section section : sections) {
      numbered.add(Map.of("number", ++number, "heading", section.heading(), "parts", parts(section)));
    }
    context.put("sections", numbered);
    context.put("appendix", Map.of("heading", appendix.heading(), "parts", parts(appendix)));
    template.execute(context, out);
    out.flush();
  }

  /** What the template sees where there is nothing: false, an empty section. */
  private static final Boolean NONE = Boolean.valueOf(false);

  /** A value for the template, or false where there is none (an empty section in Mustache). */
  private static Object orFalse(@Nullable Object value) {
    return java.util.Objects.requireNonNullElse(value, NONE);
  }

  private static List<Object> parts(Section section) {
    List<Object> parts = new ArrayList<>();
    for (Part part : section.parts()) {
      Map<String, Object> entry = new java.util.HashMap<>(Map.of("paragraph", NONE, "table", NONE, "chart", NONE));
      if (part instanceof Paragraph paragraph) {
        entry.put("paragraph", paragraph.text());
      } else if (part instanceof Table table) {
        List<Object> rows = new ArrayList<>();
        table.rows().forEach(row -> rows.add(Map.of("cells", row)));
        entry.put("table", Map.of("css", table.css(), "header", table.header(), "rows", rows));
      } else if (part instanceof Chart chart) {
        entry.put("chart", Map.of("svg", Svg.bars(chart.title(), chart.bars(), chart.low(), chart.high()),
            "caption", chart.title()));
      }
      parts.add(entry);
    }
    return parts;
  }

  /**
   * The document as Markdown: the same sections; a chart is given as its table of values.
   *
   * @return the Markdown
   */
  String markdown() {
    java.io.StringWriter text = new java.io.StringWriter();
    markdown(new java.io.PrintWriter(text));
    return text.toString();
  }

  /**
   * Writes the document as Markdown, piece by piece.
   *
   * @param out where to
   */
  void markdown(java.io.PrintWriter out) {
    out.append("# ").append(md(title)).append("\n\n").append(md(frame.place() + ", " + Texts.value(lang, frame.date())))
        .append("\n");
    markdownText(out, Texts.of(lang, "doc.foreword"), frame.foreword());
    int number = 0;
    for (Section section : sections) {
      markdownSection(out, ++number + " " + section.heading(), section.parts());
    }
    markdownText(out, Texts.of(lang, "doc.outlook"), frame.outlook());
    markdownSection(out, appendix.heading(), appendix.parts());
    out.flush();
  }

  private static void markdownSection(java.io.PrintWriter out, String heading, List<Part> parts) {
    out.append("\n## ").append(md(heading)).append("\n");
    for (Part part : parts) {
      if (part instanceof Paragraph paragraph) {
        out.append('\n').append(md(paragraph.text())).append('\n');
      } else if (part instanceof Table table) {
        markdownTable(out, table.header(), table.rows());
      } else if (part instanceof Chart chart) {
        out.append("\n*").append(md(chart.title())).append("*\n");
        List<List<String>> rows = new ArrayList<>();
        chart.bars().forEach(bar -> rows.add(List.of(bar.label(), String.valueOf(bar.value()))));
        markdownTable(out, List.of("", "#"), rows);
      }
    }
  }

  private static void markdownText(java.io.PrintWriter out, String heading, List<String> paragraphs) {
    if (!paragraphs.isEmpty()) {
      out.append("\n## ").append(md(heading)).append("\n");
      paragraphs.forEach(paragraph -> out.append('\n').append(md(paragraph)).append('\n'));
    }
  }

  private static void markdownTable(java.io.PrintWriter out, List<String> header, List<List<String>> rows) {
    out.append('\n').append(markdownRow(header)).append('\n').append("|---".repeat(header.size())).append("|\n");
    rows.forEach(row -> out.append(markdownRow(row)).append('\n'));
  }

  private static String markdownRow(List<String> cells) {
    StringBuilder row = new StringBuilder("|");
    cells.forEach(cell -> row.append(' ').append(md(cell)).append(" |"));
    return row.toString();
  }

  /**
   * A text as Markdown shows it literally (CommonMark, with GitHub's tables and strikethrough): the marks
   * that give text a meaning anywhere (backslash, backtick, {@code * _ [ ] < > | ~ &}: emphasis, code,
   * links and images, raw HTML, table cells, strikethrough, entities) are escaped with a backslash, and so
   * are those that start a block at the beginning of a text ({@code # + - =}, and {@code .} or {@code )}
   * after leading digits); every line break becomes a space, so a name cannot leave its heading, paragraph
   * or cell, and every other control character and every character that reorders text (bidirectional overrides,
   * which would turn a terminal's or a viewer's line around) becomes U+FFFD. Dates, dashes and other punctuation inside
   * a text stay as they are.
   */
  static String md(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        if (!(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
          out.append(' ');
        }
      } else if (c != '\t' && de.nextnetz.domain.base.Echo.isUnsafe(c)) {
        out.append('\uFFFD');
      } else if ("\\`*_[]<>|~&".indexOf(c) >= 0 || ("#+-=".indexOf(c) >= 0 && leadingSpaces(text, i))) {
        out.append('\\').append(c);
      } else if ((c == '.' || c == ')') && i > 0 && leadingDigits(text, i)) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether only spaces stand before position {@code end}, where "#", "+", "-" and "=" start a block. */
  private static boolean leadingSpaces(String text, int end) {
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Whether everything before position {@code end} is digits (after spaces), as in "1." that starts a list. */
  private static boolean leadingDigits(String text, int end) {
    int i = 0;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    if (i == end) {
      return false;
    }
    for (; i < end; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Escapes text for HTML, in element content and in quoted attribute values alike, the one place every page the
   * tool writes (report, receipt, personal data, charts) escapes: {@code & < > " '} as references, and every code
   * point HTML forbids in a document (control characters other than tab and line feed, a carriage return made a line feed as HTML reads it; the
   * noncharacters; a surrogate without its pair) as U+FFFD, so that a page made of any document is valid HTML.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\r' -> out.append('\n'); // what an HTML parser makes of it anyway; no raw return reaches a terminal
        default -> {
          if (forbiddenInHtml(c)) {
            out.append('\uFFFD');
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Whether HTML forbids a code point in a document (WHATWG HTML, "preprocessing the input stream"). */
  private static boolean forbiddenInHtml(int c) {
    boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    boolean loneSurrogate = c <= 0xFFFF && Character.isSurrogate((char) c);
    return control || nonCharacter || loneSurrogate;
  }

  private static final String CSS = """
      body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; color: #1a1a1a; max-width: 60rem; margin: 2rem auto;
             padding: 0 1rem; line-height: 1.45; }
      h1 { font-size: 1.6rem; border-bottom: 2px solid #1f4e79; padding-bottom: .3rem; }
      h2 { font-size: 1.25rem; color: #1f4e79; margin-top: 2rem; }
      table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .9rem; }
      th, td { border: 1px solid #b7c4d1; padding: .25rem .5rem; text-align: left; vertical-align: top; }
      th { background: #e8eef4; }
      table.numbers td + td { text-align: right; }
      figure { margin: 1rem 0; }
      figcaption { font-size: .85rem; color: #444; }
      svg { max-width: 100%; height: auto; }
      header .logo { float: right; max-height: 4rem; max-width: 12rem; }
      .place-date { color: #444; }
      table.events td:nth-child(2), table.plain td:first-child { white-space: nowrap; }
      @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
      @media print { body { margin: 0; max-width: none; font-size: 10pt; } section { break-inside: auto; }
                     tr, figure { break-inside: avoid; } h2 { break-after: avoid; } thead { display: table-header-group; } }
      """;
}
