package de.nextnetz.json.codec;

import de.nextnetz.domain.Money;
import de.nextnetz.rules.Localized;
import de.nextnetz.rules.Message;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.statute.Assumption;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Fact;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.Status;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.report.ActivityReport;
import de.nextnetz.rules.report.CommunityMeetings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/** The JSON of check results (write-only): the check report, the activity report and deadlines. */
public final class ReportCodecs {

  /** The identifier of the check report format. */
  public static final String CHECK_REPORT_FORMAT = "nextnetz.check-report";
  /** The identifier of the activity report format. */
  public static final String ACTIVITY_REPORT_FORMAT = "nextnetz.activity-report";
  /** The identifier of the deadlines format. */
  public static final String DEADLINES_FORMAT = "nextnetz.deadlines";
  /** The identifier of the format of an imported event table. */
  public static final String EVENTS_FORMAT = "nextnetz.events";
  /** The version of the report formats. */
  public static final int VERSION = 1;

  private ReportCodecs() {}

  /**
   * Writes a check report.
   *
   * @param report the report
   * @param locale the language of the messages
   * @param out the generator
   */
  public static void writeCheckReport(CheckReport report, Locale locale, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("format", CHECK_REPORT_FORMAT);
    out.writeNumberProperty("version", VERSION);
    out.writeStringProperty("asOf", report.asOf().toString());
    out.writeStringProperty("language", language(locale));
    if (report.statuteVersion().isPresent()) {
      out.writeName("statute");
      out.writeStartObject();
      out.writeStringProperty("validFrom", report.statute().getValidFrom().toString());
      out.writeStringProperty("source", report.statute().getSource());
      out.writeName("assumptions");
      out.writeStartArray();
      for (Assumption assumption : report.assumptions()) {
        DomainCodecs.ASSUMPTION.write(assumption, out);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeName("summary");
    out.writeStartObject();
    out.writeNumberProperty("errors", report.findings(Severity.ERROR).size());
    out.writeNumberProperty("warnings", report.findings(Severity.WARNING).size());
    out.writeNumberProperty("infos", report.findings(Severity.INFO).size());
    out.writeEndObject();
    out.writeName("outcomes");
    out.writeStartArray();
    for (Outcome outcome : report.outcomes()) {
      out.writeStartObject();
      out.writeStringProperty("rule", outcome.ruleId().value());
      out.writeStringProperty("status", outcome.status().name());
      out.writeName("missingFacts");
      out.writeStartArray();
      for (String missing : outcome.missingFacts()) {
        out.writeString(missing);
      }
      out.writeEndArray();
      out.writeName("deadlines");
      out.writeStartArray();
      for (Deadline deadline : outcome.deadlines()) {
        writeDeadline(deadline, locale, out);
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeName("findings");
    out.writeStartArray();
    for (Finding finding : report.findings()) {
      out.writeStartObject();
      out.writeStringProperty("rule", finding.ruleId().value());
      out.writeStringProperty("severity", finding.severity().name());
      out.writeStringProperty("path", finding.path());
      out.writeStringProperty("message", finding.message(locale));
      out.writeName("citation");
      out.writeStartObject();
      out.writeStringProperty("source", finding.citation().source());
      if (finding.citation().quote().isPresent()) {
        out.writeStringProperty("quote", finding.citation().quote().get());
      }
      out.writeEndObject();
      out.writeName("facts");
      out.writeStartArray();
      for (Fact fact : finding.facts()) {
        out.writeStartObject();
        out.writeStringProperty("name", fact.name());
        out.writeName("value");
        writeValue(fact.value(), locale, out);
        out.writeStringProperty("text", Localized.value(fact.value(), locale));
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeStringProperty("explanation", finding.explain(locale));
      if (finding.dueDate().isPresent()) {
        out.writeStringProperty("dueDate", finding.dueDate().get().toString());
      }
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /**
   * The JSON Schema of the check report.
   *
   * @return the schema document
   */
  public static ObjectNode checkReportSchema() {
    Schemas schemas = new Schemas();
    ObjectNode document = schemas.node();
    document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    document.put("$id", "https://nextnetz.de/schema/check-report-1.json");
    document.put("title", "next check report, format version 1");
    ObjectNode props = object(document, "format", "version", "asOf", "language", "summary", "outcomes",
        "findings");
    props.putObject("format").put("const", CHECK_REPORT_FORMAT);
    props.putObject("version").put("const", VERSION);
    props.set("asOf", Scalars.DATE.schema(schemas));
    props.putObject("language").set("enum", schemas.node().arrayNode().add("de").add("en"));
    ObjectNode statute = props.putObject("statute");
    ObjectNode statuteProps = object(statute, "validFrom", "source", "assumptions");
    statuteProps.set("validFrom", Scalars.DATE.schema(schemas));
    statuteProps.putObject("source").put("type", "string");
    statuteProps.putObject("assumptions").put("type", "array").set("items", DomainCodecs.ASSUMPTION.definition(schemas));
    ObjectNode summary = props.putObject("summary");
    ObjectNode summaryProps = object(summary, "errors", "warnings", "infos");
    for (String count : List.of("errors", "warnings", "infos")) {
      summaryProps.putObject(count).put("type", "integer").put("minimum", 0);
    }
    ObjectNode outcome = props.putObject("outcomes").put("type", "array").putObject("items");
    ObjectNode outcomeProps = object(outcome, "rule", "status", "missingFacts", "deadlines");
    outcomeProps.putObject("rule").put("type", "string").put("pattern", "^[A-Z][A-Z0-9_]*$");
    outcomeProps.set("status", Scalars.enumOf(Status.class).schema(schemas));
    outcomeProps.putObject("missingFacts").put("type", "array").putObject("items").put("type", "string");
    ObjectNode deadline = outcomeProps.putObject("deadlines").put("type", "array").putObject("items");
    ObjectNode deadlineProps = object(deadline, "dueBy", "overdue", "rule", "path", "message", "citation");
    deadlineProps.set("dueBy", Scalars.DATE.schema(schemas));
    deadlineProps.putObject("overdue").put("type", "boolean");
    deadlineProps.putObject("rule").put("type", "string").put("pattern", "^[A-Z][A-Z0-9_]*$");
    deadlineProps.putObject("path").put("type", "string").put("pattern", "^(/.*)?$");
    deadlineProps.putObject("message").put("type", "string");
    deadlineProps.putObject("citation").put("type", "string");
    ObjectNode finding = props.putObject("findings").put("type", "array").putObject("items");
    ObjectNode findingProps = object(finding, "rule", "severity", "path", "message", "citation", "facts",
        "explanation");
    findingProps.putObject("rule").put("type", "string").put("pattern", "^[A-Z][A-Z0-9_]*$");
    findingProps.set("severity", Scalars.enumOf(Severity.class).schema(schemas));
    findingProps.putObject("path").put("type", "string").put("pattern", "^(/.*)?$");
    findingProps.putObject("message").put("type", "string");
    ObjectNode citation = findingProps.putObject("citation");
    ObjectNode citationProps = object(citation, "source");
    citationProps.putObject("source").put("type", "string");
    citationProps.putObject("quote").put("type", "string");
    ObjectNode fact = findingProps.putObject("facts").put("type", "array").putObject("items");
    ObjectNode factProps = object(fact, "name", "value", "text");
    factProps.putObject("name").put("type", "string");
    factProps.putObject("value").put("description", "the typed value: a date as ISO text, a number, a boolean,"
        + " money as {amount, currency}, a period as ISO-8601 text, a list, or null");
    factProps.putObject("text").put("type", "string").put("description", "the value as the explanation shows it");
    findingProps.putObject("explanation").put("type", "string");
    findingProps.set("dueDate", Scalars.DATE.schema(schemas));
    return document;
  }

  private static ObjectNode object(ObjectNode schema, String... required) {
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    var names = schema.putArray("required");
    for (String name : required) {
      names.add(name);
    }
    schema.put("additionalProperties", false);
    return properties;
  }

  /**
   * Writes an activity report.
   *
   * @param report the report
   * @param out the generator
   */
  public static void writeActivityReport(ActivityReport report, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("format", ACTIVITY_REPORT_FORMAT);
    out.writeNumberProperty("version", VERSION);
    out.writeNumberProperty("year", report.getYear().getValue());
    counts(out, "membersAtYearEnd", report.getMembersAtYearEnd());
    counts(out, "joined", report.getJoined());
    counts(out, "left", report.getLeft());
    out.writeNumberProperty("events", report.getEvents());
    out.writeNumberProperty("eventDays", report.getEventDays());
    Map<EventFormat, Integer> byFormat = report.getEventsByFormat();
    counts(out, "eventsByFormat", byFormat);
    counts(out, "eventDaysByFormat", report.getEventDaysByFormat());
    Map<EventMode, Integer> byMode = report.getEventsByMode();
    counts(out, "eventsByMode", byMode);
    out.writeNumberProperty("panelConferences", report.getPanelConferences());
    out.writeName("generalAssemblies");
    out.writeStartArray();
    report.getGeneralAssemblies().forEach(day -> out.writeString(day.toString()));
    out.writeEndArray();
    out.writeName("communityMeetings");
    out.writeStartArray();
    for (CommunityMeetings meetings : report.getCommunityMeetings()) {
      out.writeStartObject();
      out.writeStringProperty("communityId", meetings.communityId());
      out.writeStringProperty("name", meetings.name());
      out.writeNumberProperty("meetings", meetings.meetings());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /**
   * Writes a list of deadlines.
   *
   * @param deadlines the deadlines
   * @param locale the language of the messages
   * @param out the generator
   */
  public static void writeDeadlines(List<Deadline> deadlines, Locale locale, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("format", DEADLINES_FORMAT);
    out.writeNumberProperty("version", VERSION);
    out.writeStringProperty("language", language(locale));
    out.writeName("deadlines");
    out.writeStartArray();
    for (Deadline deadline : deadlines) {
      writeDeadline(deadline, locale, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /**
   * Writes the result of reading an event table.
   *
   * @param table the events and the unmapped rows
   * @param out the generator
   */
  public static void writeEventTable(de.nextnetz.domain.event.EventTable.Result table, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("format", EVENTS_FORMAT);
    out.writeNumberProperty("version", VERSION);
    out.writeNumberProperty("rows", table.getRows());
    out.writeName("events");
    out.writeStartArray();
    for (de.nextnetz.domain.event.Event event : table.getEvents()) {
      DomainCodecs.EVENT.write(event, out);
    }
    out.writeEndArray();
    out.writeName("unmapped");
    out.writeStartArray();
    for (de.nextnetz.domain.event.EventTable.UnmappedRow row : table.getUnmapped()) {
      out.writeStartObject();
      out.writeNumberProperty("line", row.getLine());
      out.writeStringProperty("text", row.getText());
      out.writeName("problems");
      out.writeStartArray();
      row.getProblems().forEach(out::writeString);
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeDeadline(Deadline deadline, Locale locale, JsonGenerator out) {
    out.writeStartObject();
    out.writeStringProperty("dueBy", deadline.dueBy().toString());
    out.writeBooleanProperty("overdue", deadline.overdue());
    out.writeStringProperty("rule", deadline.ruleId().value());
    out.writeStringProperty("path", deadline.path());
    out.writeStringProperty("message", deadline.message(locale));
    out.writeStringProperty("citation", deadline.citation().source());
    out.writeEndObject();
  }

  /**
   * Writes a fact's value with its type: a day as an ISO date, a year, count or amount of days as a
   * number, a truth value as a boolean, money as an object of amount and currency, a period as an
   * ISO-8601 duration, an enum constant by its name, a list as an array, an absent value as null, a
   * message rendered in the language, anything else as text.
   */
  private static void writeValue(@Nullable Object value, Locale locale, JsonGenerator out) {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof LocalDate day) {
      out.writeString(day.toString());
    } else if (value instanceof Year year) {
      out.writeNumber(year.getValue());
    } else if (value instanceof Integer number) {
      out.writeNumber(number);
    } else if (value instanceof Long number) {
      out.writeNumber(number);
    } else if (value instanceof Boolean truth) {
      out.writeBoolean(truth);
    } else if (value instanceof Money money) {
      Scalars.writeSignedMoney(money, out);
    } else if (value instanceof Enum<?> constant) {
      out.writeString(constant.name());
    } else if (value instanceof Message message) {
      out.writeString(message.render(locale));
    } else if (value instanceof Optional<?> optional) {
      writeValue(optional.orElse(null), locale, out);
    } else if (value instanceof Collection<?> items) {
      out.writeStartArray();
      for (Object item : items) {
        writeValue(item, locale, out);
      }
      out.writeEndArray();
    } else {
      out.writeString(value.toString());
    }
  }

  private static <E extends Enum<E>> void counts(JsonGenerator out, String name, Map<E, Integer> counts) {
    out.writeName(name);
    out.writeStartObject();
    counts.forEach((key, count) -> out.writeNumberProperty(key.name(), count));
    out.writeEndObject();
  }

  private static String language(Locale locale) {
    return locale.getLanguage().equals("de") ? "de" : "en";
  }

}
