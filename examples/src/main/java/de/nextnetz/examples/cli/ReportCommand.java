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
import java.time.Year;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code next report}: the figures of a year's activity report. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Next.Version.class,
    description = "Prints the figures of a year's activity report: members by kind, joined and left,"
        + " events by format and mode, NExTpanel conferences, general assemblies, meetings per community.")
final class ReportCommand extends NextCommand {

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Publication publication;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private Options.Document document;

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

  @Override
  public Integer call() {
    Lang lang = document.lang;
    if (year < 1 || year > 9999) {
      throw new BadInputException(Texts.of(lang, "error.year", "year", String.valueOf(year)));
    }
    Association association = publication.apply(DataSet.load(document.file, lang, stdin()), lang, next.environment());
    ActivityReport report = ActivityReport.of(association, Year.of(year));
    PrintWriter out = out();
    if (format == Format.json) {
      document().print(NextJson.standard().writeActivityReportAsString(report));
      return 0;
    }
    if (format == Format.html || format == Format.markdown) {
      CheckReport yearEnd = BuiltInRules.engine().check(association, Year.of(year).atMonth(12).atEndOfMonth());
      ReportDocument rendered = ReportDocument.of(association, report, yearEnd, lang);
      if (format == Format.html) {
        rendered.html(document());
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
}
