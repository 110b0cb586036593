package de.nextnetz.examples.cli;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.report.ActivityReport;
import de.nextnetz.rules.report.CommunityMeetings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code next report}: the figures of a year's activity report. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Prints the figures of a year's activity report: members by kind, joined and left,"
        + " events by format and mode, NExTpanel conferences, general assemblies, meetings per community.")
final class ReportCommand extends NextCommand {

  @Mixin private final Options.Publication publication = new Options.Publication();

  @Mixin private final Options.Document document = new Options.Document();

  /** The forms of the report. */
  enum Format {
    /** The figures as text. */
    text,
    /** The figures as JSON (the activity-report document). */
    json,
    /** The report as a self-contained HTML document with charts. */
    html,
    /** The report as Markdown. */
    markdown
  }

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, html (a self-contained document with"
      + " charts, printable to PDF) or markdown; default: ${DEFAULT-VALUE}.")
  private Format format = Format.text;

  @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The calendar year.")
  private int year;

  @Option(names = "--template", paramLabel = "FILE", description = "With --format html: a Mustache template of the"
      + " office's own in place of the default (--show-template prints the default, with the names it is given).")
  private @Nullable Path template;

  @Option(names = "--show-template", description = "Prints the default HTML template (to copy and change) instead"
      + " of the report.")
  private boolean showTemplate;

  @Option(names = "--foreword", paramLabel = "FILE", description = "With --format html or markdown: the foreword,"
      + " a UTF-8 text file whose paragraphs are separated by blank lines.")
  private @Nullable Path foreword;

  @Option(names = "--outlook", paramLabel = "FILE", description = "With --format html or markdown: the outlook,"
      + " as --foreword.")
  private @Nullable Path outlook;

  @Option(names = "--logo", paramLabel = "FILE", description = "With --format html: a logo (PNG, JPEG or SVG, at"
      + " most 1 MiB), put into the page itself.")
  private @Nullable Path logo;

  @Override
  public Integer call() {
    if (showTemplate) {
      document().print(ReportDocument.defaultTemplate());
      return 0;
    }
    boolean htmlOnly = template != null || logo != null;
    boolean framed = foreword != null || outlook != null;
    if ((htmlOnly && format != Format.html) || (framed && format != Format.html && format != Format.markdown)) {
      throw new BadInputException(Texts.of(lang, "report.frameFormat"));
    }
    if (year < 1 || year > 9999) {
      throw new BadInputException(Texts.of(lang, "error.year", "year", String.valueOf(year)));
    }
    Association association = publication.apply(load(document.file), lang, next.environment());
    ActivityReport report = ActivityReport.of(association, Year.of(year));
    PrintWriter out = out();
    if (format == Format.json) {
      document().print(NextJson.standard().writeActivityReportAsString(report));
      return 0;
    }
    if (format == Format.html || format == Format.markdown) {
      CheckReport yearEnd = BuiltInRules.engine().check(association, Year.of(year).atMonth(12).atEndOfMonth());
      com.samskivert.mustache.Template compiled = null;
      if (format == Format.html) {
        compiled = compiled(template == null ? ReportDocument.defaultTemplate() : text(template, lang), lang);
      }
      ReportDocument rendered = ReportDocument.of(association, report, yearEnd, lang, new ReportDocument.Frame(
          association.getSeat(), next.today(), paragraphs(foreword, lang), paragraphs(outlook, lang), logo(lang)));
      if (compiled != null) {
        html(rendered, compiled, lang);
      } else {
        rendered.markdown(document());
      }
      return 0;
    }
    Map<MembershipKind, Integer> members = report.getMembersAtYearEnd();
    Map<MembershipKind, Integer> joined = report.getJoined();
    Map<MembershipKind, Integer> left = report.getLeft();
    Year y = Year.of(year);
    out.println(Texts.of(lang, "report.title", "year", y, "association", association.getDisplayName()));
    out.println(Texts.of(lang, "report.board", "seats", association.getBoard().seatsOn(y.atMonthDay(java.time.MonthDay.of(12, 31))).stream()
        .map(seat -> seat.getPerson().getTitle().map(title -> title + " ").orElse("") + seat.getPerson().getName()
            + " (" + Texts.value(lang, seat.getRole()) + ")")
        .collect(Collectors.joining(", "))));
    out.println(Texts.of(lang, "report.members", "year", y,
        "total", report.getMembersAtYearEnd(EnumSet.of(MembershipKind.PERSONAL, MembershipKind.INSTITUTIONAL)),
        "institutional", members.getOrDefault(MembershipKind.INSTITUTIONAL, 0), "personal", members.getOrDefault(MembershipKind.PERSONAL, 0),
        "associated", members.getOrDefault(MembershipKind.ASSOCIATED, 0)));
    out.println(Texts.of(lang, "report.joined", "year", y,
        "joinedPersonal", joined.getOrDefault(MembershipKind.PERSONAL, 0), "joinedInstitutional", joined.getOrDefault(MembershipKind.INSTITUTIONAL, 0),
        "joinedAssociated", joined.getOrDefault(MembershipKind.ASSOCIATED, 0), "leftPersonal", left.getOrDefault(MembershipKind.PERSONAL, 0),
        "leftInstitutional", left.getOrDefault(MembershipKind.INSTITUTIONAL, 0), "leftAssociated", left.getOrDefault(MembershipKind.ASSOCIATED, 0)));
    if (!report.isRecorded()) {
      // No event or assembly of the year in the data: its activity is unknown, not zero.
      out.println(Texts.of(lang, "report.unrecorded", "year", y));
      return 0;
    }
    out.println(Texts.of(lang, "report.events", "events", report.getEvents(), "days", report.getEventDays()));
    out.println("  " + Texts.of(lang, "report.byFormat", "list", report.getEventsByFormat().entrySet().stream()
        .filter(e -> e.getValue() > 0).map(e -> e.getKey().getLabel() + " " + e.getValue())
        .collect(Collectors.joining(", "))));
    out.println("  " + Texts.of(lang, "report.byMode", "list", report.getEventsByMode().entrySet().stream()
        .map(e -> Texts.of(lang, "mode." + e.getKey().name()) + " " + e.getValue()).collect(Collectors.joining(", "))));
    out.println(Texts.of(lang, "report.panel", "count", report.getPanelConferences(),
        "spring", report.getEventsByFormat().getOrDefault(EventFormat.NEXTPANEL_SPRING, 0),
        "autumn", report.getEventsByFormat().getOrDefault(EventFormat.NEXTPANEL_AUTUMN, 0)));
    out.println(Texts.of(lang, "report.assemblies", "days", report.getGeneralAssemblies()));
    out.println(Texts.of(lang, "report.communities"));
    for (CommunityMeetings meetings : report.getCommunityMeetings()) {
      out.println(String.format("  %-55s %2d", meetings.name(), meetings.meetings()));
    }
    return 0;
  }

  /**
   * Renders the page into a temporary file first, then copies it out: a template that fails halfway (a name the
   * report lacks) writes nothing, and a large report never lies in memory as one string.
   */
  private void html(ReportDocument rendered, com.samskivert.mustache.Template compiled, Lang lang) {
    Path page = null;
    try {
      page = java.nio.file.Files.createTempFile("next-report", ".html");
      try (PrintWriter out = new PrintWriter(java.nio.file.Files.newBufferedWriter(page, java.nio.charset.StandardCharsets.UTF_8))) {
        rendered.html(out, compiled);
      } catch (com.samskivert.mustache.MustacheException unknownName) {
        throw new BadInputException(Texts.of(lang, "report.templateFails", "file",
            template == null ? "report.mustache" : DataSet.nameOf(template, lang), "reason", String.valueOf(unknownName.getMessage())));
      }
      PrintWriter out = document();
      try (java.io.Reader in = java.nio.file.Files.newBufferedReader(page, java.nio.charset.StandardCharsets.UTF_8)) {
        char[] buffer = new char[1 << 16];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          out.write(buffer, 0, read);
        }
      }
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      if (page != null) {
        try {
          java.nio.file.Files.deleteIfExists(page);
        } catch (java.io.IOException ignored) {
          // A temporary file left behind is the system's to clear; the report was written or refused.
        }
      }
    }
  }

  private static com.samskivert.mustache.Template compiled(String text, Lang lang) {
    try {
      return ReportDocument.compile(text);
    } catch (com.samskivert.mustache.MustacheException malformed) {
      throw new BadInputException(Texts.of(lang, "report.templateMalformed", "reason", String.valueOf(malformed.getMessage())));
    }
  }

  /** A UTF-8 text file (a template, a foreword), or a clear error. */
  private String text(Path file, Lang lang) {
    byte[] bytes = DataSet.readAll(file, lang, stdin());
    try {
      String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (java.nio.charset.CharacterCodingException notUtf8) {
      throw new BadInputException(Texts.of(lang, "report.notUtf8", "file", DataSet.nameOf(file, lang)));
    }
  }

  /** The paragraphs of a text file: separated by blank lines, each one's lines joined by a space. */
  private List<String> paragraphs(@Nullable Path file, Lang lang) {
    if (file == null) {
      return List.of();
    }
    List<String> paragraphs = new java.util.ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : text(file, lang).lines().toList()) {
      if (line.isBlank()) {
        if (paragraph.length() > 0) {
          paragraphs.add(paragraph.toString());
          paragraph.setLength(0);
        }
      } else {
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
      }
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }
    return paragraphs;
  }

  /** The logo as a data URI, by what its bytes are (PNG, JPEG or SVG). */
  private @Nullable String logo(Lang lang) {
    if (logo == null) {
      return null;
    }
    byte[] bytes = DataSet.readAll(logo, lang, stdin());
    String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1);
    String type = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && head.startsWith("PNG", 1) ? "image/png"
        : bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 ? "image/jpeg"
        : head.contains("<svg") ? "image/svg+xml" : null;
    if (type == null || bytes.length > 1 << 20) {
      throw new BadInputException(Texts.of(lang, "report.logo", "file", DataSet.nameOf(logo, lang)));
    }
    return "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes);
  }
}
