package de.nextnetz.examples.cli;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.membership.MembershipKind;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.report.ActivityReport;
import de.nextnetz.rules.report.CommunityMeetings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code next report}: the figures of a year's activity report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Prints the figures of a year's activity report: members by kind, joined and left,"
        + " events by format and mode, NExTpanel conferences, general assemblies, meetings per community.")
final class ReportCommand implements Callable<Integer> {

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "An association document (JSON); default: the embedded NExT 2024 data set.")
  private @Nullable Path file;

  @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The calendar year.")
  private int year;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json; default: ${DEFAULT-VALUE}.")
  private CheckCommand.Format format = CheckCommand.Format.text;

  @Option(names = "--lang", paramLabel = "LANG", description = "de or en; default: ${DEFAULT-VALUE}.")
  private Lang lang = Lang.en;

  @Override
  public Integer call() {
    if (year < 1 || year > 9999) {
      throw new BadInputException("--year must be from 1 to 9999, but was " + year);
    }
    Association association = DataSet.load(file);
    ActivityReport report = ActivityReport.of(association, Year.of(year));
    PrintWriter out = spec.commandLine().getOut();
    if (format == CheckCommand.Format.json) {
      out.print(NextJson.standard().writeActivityReportAsString(report));
      return 0;
    }
    Map<MembershipKind, Integer> members = report.getMembersAtYearEnd();
    out.println(lang.pick("Activity report ", "Tätigkeitsbericht ") + year + " — " + association.getDisplayName());
    out.println(lang.pick("Members on 31 Dec ", "Mitglieder am 31.12.") + year + ": "
        + report.getMembersAtYearEnd(EnumSet.of(MembershipKind.PERSONAL, MembershipKind.INSTITUTIONAL))
        + " (" + members.get(MembershipKind.INSTITUTIONAL) + lang.pick(" institutional, ", " institutionelle, ")
        + members.get(MembershipKind.PERSONAL) + lang.pick(" personal", " persönliche") + ") + "
        + members.get(MembershipKind.ASSOCIATED) + lang.pick(" associated", " assoziierte"));
    out.println(lang.pick("Joined in ", "Eingetreten ") + year + ": " + kinds(report.getJoined(), lang)
        + lang.pick("; left: ", "; ausgetreten: ") + kinds(report.getLeft(), lang));
    out.println(lang.pick("Events: ", "Veranstaltungen: ") + report.getEvents() + " (" + report.getEventDays()
        + lang.pick(" event days; a two-day conference is one event and two days)", " Veranstaltungstage; eine zweitägige Konferenz ist eine Veranstaltung und zwei Tage)"));
    out.println(lang.pick("  by format: ", "  nach Format: ") + report.getEventsByFormat().entrySet().stream()
        .filter(e -> e.getValue() > 0).map(e -> e.getKey().getLabel() + " " + e.getValue())
        .collect(Collectors.joining(", ")));
    out.println(lang.pick("  by mode: ", "  nach Art: ") + report.getEventsByMode().entrySet().stream()
        .map(e -> mode(e.getKey(), lang) + " " + e.getValue()).collect(Collectors.joining(", ")));
    out.println(lang.pick("NExTpanel conferences: ", "NExTpanel-Konferenzen: ") + report.getPanelConferences()
        + " (" + lang.pick("spring ", "Frühjahr ") + report.getEventsByFormat().get(EventFormat.NEXTPANEL_SPRING)
        + ", " + lang.pick("autumn ", "Herbst ") + report.getEventsByFormat().get(EventFormat.NEXTPANEL_AUTUMN) + ")");
    out.println(lang.pick("General assemblies: ", "Mitgliederversammlungen: ") + (report.getGeneralAssemblies().isEmpty()
        ? "-" : report.getGeneralAssemblies().stream().map(Object::toString).collect(Collectors.joining(", "))));
    out.println(lang.pick("Meetings per community:", "Treffen je Community:"));
    for (CommunityMeetings meetings : report.getCommunityMeetings()) {
      out.println(String.format("  %-55s %2d", meetings.name(), meetings.meetings()));
    }
    return 0;
  }

  private static String kinds(Map<MembershipKind, Integer> counts, Lang lang) {
    return counts.get(MembershipKind.PERSONAL) + lang.pick(" personal, ", " persönliche, ")
        + counts.get(MembershipKind.INSTITUTIONAL) + lang.pick(" institutional, ", " institutionelle, ")
        + counts.get(MembershipKind.ASSOCIATED) + lang.pick(" associated", " assoziierte");
  }

  private static String mode(EventMode mode, Lang lang) {
    return switch (mode) {
      case VIRTUAL -> lang.pick("virtual", "virtuell");
      case IN_PERSON -> lang.pick("in person", "Präsenz");
      case HYBRID -> "hybrid";
    };
  }
}
