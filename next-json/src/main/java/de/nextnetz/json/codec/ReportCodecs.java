package de.nextnetz.json.codec;

import static de.nextnetz.json.codec.Scalars.BOOLEAN;
import static de.nextnetz.json.codec.Scalars.DATE;
import static de.nextnetz.json.codec.Scalars.INT;
import static de.nextnetz.json.codec.Scalars.MONEY;
import static de.nextnetz.json.codec.Scalars.STRING;
import static de.nextnetz.json.codec.Scalars.YEAR;
import static de.nextnetz.json.codec.Scalars.enumOf;

import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.statute.MajorityBase;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.rules.law.Majority;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.rules.report.AssemblyPlan;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.event.EventTable;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.dues.PaymentMethod;
import de.nextnetz.json.problem.JsonProblem;
import de.nextnetz.rules.law.Ledger;
import de.nextnetz.rules.law.LedgerItem;
import de.nextnetz.rules.law.DefaultBasis;
import de.nextnetz.rules.law.Ledgers;
import de.nextnetz.json.problem.Validation;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Fact;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Localized;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.Status;
import de.nextnetz.rules.report.BudgetYear;
import de.nextnetz.rules.report.PortfolioReview;
import de.nextnetz.rules.report.ActivityReport;
import de.nextnetz.rules.report.CommunityMeetings;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documents the library writes from its results, one declaration each (as {@link DomainCodecs}
 * does for the domain): the check report, the deadlines, the activity report, the imported event
 * table and the portfolio review. Each declaration drives the writer of {@link
 * de.nextnetz.json.NextJson}, the serializer of {@link de.nextnetz.json.NextJsonModule} and the
 * schema ({@link SchemaDocuments}). Texts (messages, explanations) are rendered in the language of
 * the write ({@link Writing#locale}). These documents are written, not read back.
 */
public final class ReportCodecs {

  /** The identifier of the check report format. */
  public static final String CHECK_REPORT_FORMAT = "nextnetz.check-report";
  /** The identifier of the activity report format. */
  public static final String ACTIVITY_REPORT_FORMAT = "nextnetz.activity-report";
  /** The identifier of the deadlines format. */
  public static final String DEADLINES_FORMAT = "nextnetz.deadlines";
  /** The identifier of the format of an imported event table. */
  public static final String EVENTS_FORMAT = "nextnetz.events";
  /** The identifier of the portfolio review format. */
  public static final String PORTFOLIO_REVIEW_FORMAT = "nextnetz.portfolio-review";
  /** The identifier of the assembly plan format. */
  public static final String ASSEMBLY_PLAN_FORMAT = "nextnetz.assembly-plan";
  /** The identifier of the validation result format. */
  public static final String VALIDATION_FORMAT = "nextnetz.validation";

  /** The identifier of the dues document ({@code next dues}). */
  public static final String DUES_FORMAT = "nextnetz.dues";

  /** The identifier of a person's data document (Art. 15 DSGVO). */
  public static final String PERSON_FORMAT = "nextnetz.person";

  /** The identifier of the erasure report. */
  public static final String ERASURE_FORMAT = "nextnetz.erasure";
  /** The version of each of these formats. */
  public static final int VERSION = 1;

  private ReportCodecs() {}

  /**
   * A codec of a value that is written as a scalar and never read.
   *
   * @param write writes the value
   * @param schema describes it
   */
  private static <V> Codec<V> written(BiConsumer<V, JsonGenerator> write, Function<Schemas, ObjectNode> schema) {
    return new Codec<>() {
      @Override
      public void write(V value, JsonGenerator out) {
        write.accept(value, out);
      }

      @Override
      public @Nullable V read(JsonParser in, Reading reading) {
        reading.problem(in, reading.text("writtenOnly", "type", "report"));
        reading.skip(in);
        return null;
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return schema.apply(schemas);
      }
    };
  }

  private static final String RULE_PATTERN = "^[A-Z][A-Z0-9_]*$";
  private static final String POINTER_PATTERN = "^(/.*)?$";

  /** A rule's id, e.g. {@code "BOARD_ELECTION_OVERDUE"}. */
  public static final Codec<RuleId> RULE_ID = written((id, out) -> out.writeString(id.value()),
      schemas -> schemas.node().put("type", "string").put("pattern", RULE_PATTERN));

  /** A message, rendered in the language of the write. */
  public static final Codec<Message> MESSAGE = written((message, out) -> out.writeString(message.render(Writing.locale(out))),
      schemas -> schemas.node().put("type", "string"));

  /** A JSON Pointer into the checked document. */
  private static final Codec<String> POINTER = written((pointer, out) -> out.writeString(pointer),
      schemas -> schemas.node().put("type", "string").put("pattern", POINTER_PATTERN));

  /** The language of the write, {@code de} or {@code en}, whatever the value. */
  private static final Codec<Object> LANGUAGE = written((ignored, out) -> out.writeString(Writing.language(Writing.locale(out))),
      schemas -> {
        ObjectNode schema = schemas.node();
        schema.putArray("enum").add("de").add("en");
        return schema;
      });

  /** A fact's value with its type (see {@link #writeValue}). */
  private static final Codec<Object> FACT_VALUE = written((value, out) -> writeValue(value, Writing.locale(out), out),
      schemas -> schemas.node().put("description", "the typed value: a date as ISO text, a number, a boolean,"
          + " money as {amount, currency}, a period as ISO-8601 text, a list, or null"));

  /** A fact's value as the explanation shows it. */
  private static final Codec<Object> VALUE_TEXT = written((value, out) -> out.writeString(Localized.value(value, Writing.locale(out))),
      schemas -> schemas.node().put("type", "string").put("description", "the value as the explanation shows it"));

  /** A finding's explanation: its facts, labelled. */
  private static final Codec<Finding> EXPLANATION = written((finding, out) -> out.writeString(finding.explain(Writing.locale(out))),
      schemas -> schemas.node().put("type", "string"));

  /**
   * Counts by the constants of an enum, as an object with a property per constant.
   *
   * @param type the enum
   */
  private static <E extends Enum<E>> Codec<Map<E, Integer>> countsBy(Class<E> type) {
    return written((counts, out) -> {
      out.writeStartObject();
      counts.forEach((key, count) -> out.writeNumberProperty(key.name(), count));
      out.writeEndObject();
    }, schemas -> {
      ObjectNode schema = schemas.node().put("type", "object");
      ObjectNode properties = schema.putObject("properties");
      for (E constant : type.getEnumConstants()) {
        properties.putObject(constant.name()).put("type", "integer").put("minimum", 0);
      }
      schema.put("additionalProperties", false);
      return schema;
    });
  }

  /** Money by name, e.g. the totals by department. */
  private static final Codec<Map<String, Money>> MONEY_BY_NAME = written((amounts, out) -> {
    out.writeStartObject();
    amounts.forEach((name, money) -> {
      out.writeName(name);
      MONEY.write(money, out);
    });
    out.writeEndObject();
  }, schemas -> schemas.node().put("type", "object").set("additionalProperties", MONEY.schema(schemas)));

  /** Citation. */
  public static final ObjectCodec<Citation, Void> CITATION = ObjectCodec.written(Citation.class,
          "Where a rule comes from: the clause, and its words where quoted.")
      .required("source", STRING, Citation::source)
      .optional("quote", STRING, Citation::quote)
      .build();

  /** Fact. */
  public static final ObjectCodec<Fact, Void> FACT = ObjectCodec.written(Fact.class,
          "One fact a finding rests on: its name, its typed value and the value as text.")
      .required("name", STRING, Fact::name)
      .required("value", FACT_VALUE, Fact::value)
      .required("text", VALUE_TEXT, Fact::value)
      .build();

  /** Deadline. */
  public static final ObjectCodec<Deadline, Void> DEADLINE = ObjectCodec.written(Deadline.class,
          "What falls due under a rule, and by when.")
      .required("dueBy", DATE, Deadline::dueBy)
      .required("overdue", BOOLEAN, Deadline::overdue)
      .required("rule", RULE_ID, Deadline::ruleId)
      .required("path", POINTER, Deadline::path)
      .required("message", MESSAGE, Deadline::message)
      .required("leadDays", INT, Deadline::leadDays)
      .required("citation", STRING, deadline -> deadline.citation().source())
      .build();

  /** Outcome. */
  public static final ObjectCodec<Outcome, Void> OUTCOME = ObjectCodec.written(Outcome.class,
          "The result of one rule: its status, the facts it missed and the deadlines it states.")
      .required("rule", RULE_ID, Outcome::ruleId)
      .required("status", enumOf(Status.class), Outcome::status)
      .array("missingFacts", STRING, Outcome::missingFacts)
      .array("deadlines", DEADLINE, Outcome::deadlines)
      .build();

  /** Finding. */
  public static final ObjectCodec<Finding, Void> FINDING = ObjectCodec.written(Finding.class,
          "A finding: rule, severity, where, what, why (citation and facts) and when it falls due.")
      .required("rule", RULE_ID, Finding::ruleId)
      .required("severity", enumOf(Severity.class), Finding::severity)
      .required("path", POINTER, Finding::path)
      .required("message", MESSAGE, Finding::message)
      .required("citation", CITATION, Finding::citation)
      .array("facts", FACT, Finding::facts)
      .required("explanation", EXPLANATION, finding -> finding)
      .optional("dueDate", DATE, Finding::dueDate)
      .build();

  /** The statute version in force, as a check report names it. */
  private static final ObjectCodec<StatuteVersion, Void> STATUTE_IN_FORCE = ObjectCodec.written(StatuteVersion.class,
          "The statute version the check applied, and what it takes as assumptions.")
      .named("StatuteInForce")
      .required("validFrom", DATE, StatuteVersion::getValidFrom)
      .required("source", STRING, StatuteVersion::getSource)
      .array("assumptions", DomainCodecs.ASSUMPTION, StatuteVersion::getAssumptions)
      .build();

  /** The counts of a check report's findings. */
  private static final ObjectCodec<CheckReport, Void> SUMMARY = ObjectCodec.written(CheckReport.class,
          "How many findings of each severity.")
      .named("Summary")
      .required("errors", INT, report -> report.findings(Severity.ERROR).size())
      .required("warnings", INT, report -> report.findings(Severity.WARNING).size())
      .required("infos", INT, report -> report.findings(Severity.INFO).size())
      .build();

  /** The check report document. */
  public static final ObjectCodec<CheckReport, Void> CHECK_REPORT = ObjectCodec.written(CheckReport.class,
          "A statute check as of a day: every rule's outcome and every finding, in the language of the write.")
      .constant("format", STRING, CHECK_REPORT_FORMAT)
      .constant("version", new FormatVersion(VERSION), VERSION)
      .required("asOf", DATE, CheckReport::asOf)
      .required("language", LANGUAGE, report -> report)
      .optional("statute", STATUTE_IN_FORCE, CheckReport::statuteVersion)
      .required("summary", SUMMARY, report -> report)
      .array("outcomes", OUTCOME, CheckReport::outcomes)
      .array("findings", FINDING, CheckReport::findings)
      .build();

  /** The deadlines of a range of days, as one document. */
  record DeadlineList(List<Deadline> deadlines) {}

  /** The deadlines document. */
  static final ObjectCodec<DeadlineList, Void> DEADLINES = ObjectCodec.written(DeadlineList.class,
          "What the rules say falls due, in the order of the due days, in the language of the write.")
      .named("Deadlines")
      .constant("format", STRING, DEADLINES_FORMAT)
      .constant("version", new FormatVersion(VERSION), VERSION)
      .required("language", LANGUAGE, list -> list)
      .array("deadlines", DEADLINE, DeadlineList::deadlines)
      .build();

  /** CommunityMeetings. */
  public static final ObjectCodec<CommunityMeetings, Void> COMMUNITY_MEETINGS = ObjectCodec.written(
          CommunityMeetings.class, "How often one community met in the year.")
      .required("communityId", STRING, CommunityMeetings::communityId)
      .required("name", STRING, CommunityMeetings::name)
      .required("meetings", INT, CommunityMeetings::meetings)
      .optional("minimum", INT, meetings -> meetings.expected().map(band -> band.minimum()))
      .optional("maximum", INT, meetings -> meetings.expected().map(band -> band.maximum()))
      .build();

  /** The activity report document. */
  public static final ObjectCodec<ActivityReport, Void> ACTIVITY_REPORT = ObjectCodec.written(ActivityReport.class,
          "The figures of the yearly activity report, from the same data the rules check.")
      .constant("format", STRING, ACTIVITY_REPORT_FORMAT)
      .constant("version", new FormatVersion(VERSION), VERSION)
      .required("year", YEAR, ActivityReport::getYear)
      .required("membersAtYearEnd", countsBy(MembershipKind.class), ActivityReport::getMembersAtYearEnd)
      .required("joined", countsBy(MembershipKind.class), ActivityReport::getJoined)
      .required("left", countsBy(MembershipKind.class), ActivityReport::getLeft)
      .required("events", INT, ActivityReport::getEvents)
      .required("eventDays", INT, ActivityReport::getEventDays)
      .required("eventsByFormat", countsBy(EventFormat.class), ActivityReport::getEventsByFormat)
      .required("eventDaysByFormat", countsBy(EventFormat.class), ActivityReport::getEventDaysByFormat)
      .required("eventsByMode", countsBy(EventMode.class), ActivityReport::getEventsByMode)
      .required("panelConferences", INT, ActivityReport::getPanelConferences)
      .array("generalAssemblies", DATE, ActivityReport::getGeneralAssemblies)
      .array("communityMeetings", COMMUNITY_MEETINGS, ActivityReport::getCommunityMeetings)
      .build();

  /** A row of an event table that could not be mapped. */
  public static final ObjectCodec<EventTable.UnmappedRow, Void> UNMAPPED_ROW = ObjectCodec.written(
          EventTable.UnmappedRow.class, "A row of the table that could not be mapped, with its problems.")
      .required("line", INT, EventTable.UnmappedRow::getLine)
      .required("text", STRING, EventTable.UnmappedRow::getText)
      .array("problems", STRING, EventTable.UnmappedRow::getProblems)
      .build();

  /** The document of an imported event table. */
  public static final ObjectCodec<EventTable.Result, Void> EVENTS = ObjectCodec.written(EventTable.Result.class,
          "An event table as read: the events, and every row that could not be mapped.")
      .named("EventTable")
      .constant("format", STRING, EVENTS_FORMAT)
      .constant("version", new FormatVersion(VERSION), VERSION)
      .required("rows", INT, EventTable.Result::getRows)
      .array("events", DomainCodecs.EVENT, EventTable.Result::getEvents)
      .array("unmapped", UNMAPPED_ROW, EventTable.Result::getUnmapped)
      .build();

  /** A line of a budget year. */
  public static final ObjectCodec<BudgetYear.Line, Void> BUDGET_LINE = ObjectCodec.written(BudgetYear.Line.class,
          "What one department owes for one membership in the year.")
      .named("BudgetLine")
      .required("membershipId", STRING, BudgetYear.Line::getMembershipId)
      .required("association", STRING, BudgetYear.Line::getAssociation)
      .required("department", STRING, BudgetYear.Line::getDepartment)
      .required("amount", MONEY, BudgetYear.Line::getAmount)
      .required("paid", MONEY, BudgetYear.Line::getPaid)
      .required("open", MONEY, BudgetYear.Line::getOpen)
      .optional("executingUnit", STRING, BudgetYear.Line::getExecutingUnit)
      .build();

  /** A budget year. */
  public static final ObjectCodec<BudgetYear, Void> BUDGET_YEAR = ObjectCodec.written(BudgetYear.class,
          "What each department owes in a budget year, line by line and in total.")
      .required("year", YEAR, BudgetYear::getYear)
      .array("lines", BUDGET_LINE, BudgetYear::getLines)
      .required("totalsByDepartment", MONEY_BY_NAME, BudgetYear::getTotalsByDepartment)
      .optional("total", MONEY, BudgetYear::getTotal)
      .build();

  /** The portfolio review document: what {@code next portfolio} shows. */
  public static final ObjectCodec<PortfolioReview, Void> PORTFOLIO_REVIEW = ObjectCodec.written(PortfolioReview.class,
          "A municipality's portfolio, its budget year and the findings of the municipal rules.")
      .constant("format", STRING, PORTFOLIO_REVIEW_FORMAT)
      .constant("version", new FormatVersion(VERSION), VERSION)
      .required("portfolio", DomainCodecs.MUNICIPAL_PORTFOLIO, PortfolioReview::portfolio)
      .required("budgetYear", BUDGET_YEAR, PortfolioReview::budgetYear)
      .required("check", CHECK_REPORT, PortfolioReview::check)
      .build();

  /** The invitation period of an assembly plan. */
  public static final ObjectCodec<AssemblyPlan.InvitationPeriod, Void> PLAN_PERIOD = ObjectCodec.written(
          AssemblyPlan.InvitationPeriod.class, "The Satzung's invitation period and the latest day of receipt.")
      .named("AssemblyPlanPeriod")
      .required("period", Scalars.PERIOD, AssemblyPlan.InvitationPeriod::period)
      .required("receiptBy", DATE, AssemblyPlan.InvitationPeriod::receiptBy)
      .required("citation", CITATION, AssemblyPlan.InvitationPeriod::citation)
      .build();

  /** The latest dispatch day in one form. */
  public static final ObjectCodec<AssemblyPlan.Dispatch, Void> PLAN_DISPATCH = ObjectCodec.written(
          AssemblyPlan.Dispatch.class, "The latest day to send the invitation in one form, and the days in transit.")
      .named("AssemblyPlanDispatch")
      .required("form", enumOf(DeclarationForm.class), AssemblyPlan.Dispatch::form)
      .required("latest", DATE, AssemblyPlan.Dispatch::latest)
      .required("transitDays", INT, AssemblyPlan.Dispatch::transitDays)
      .required("receiptTaken", MESSAGE, AssemblyPlan.Dispatch::receiptTaken)
      .build();

  /** What allows an assembly's format. */
  public static final ObjectCodec<AssemblyLaw.FormatBasis, Void> PLAN_FORMAT_BASIS = ObjectCodec.written(
          AssemblyLaw.FormatBasis.class, "What allows the assembly's format: the law, the Satzung, a members'"
              + " resolution, or nothing (NONE).")
      .named("AssemblyPlanFormatBasis")
      .required("kind", enumOf(AssemblyLaw.FormatBasisKind.class), AssemblyLaw.FormatBasis::kind)
      .required("exists", BOOLEAN, AssemblyLaw.FormatBasis::exists)
      .required("citation", CITATION, AssemblyLaw.FormatBasis::citation)
      .build();

  /** The quorum of an assembly plan. */
  public static final ObjectCodec<AssemblyPlan.Quorum, Void> PLAN_QUORUM = ObjectCodec.written(
          AssemblyPlan.Quorum.class, "The quorum: the share of the members, how many that is, and the clause.")
      .named("AssemblyPlanQuorum")
      .required("share", Scalars.FRACTION, AssemblyPlan.Quorum::share)
      .required("needed", INT, AssemblyPlan.Quorum::needed)
      .required("members", INT, AssemblyPlan.Quorum::members)
      .required("citation", CITATION, AssemblyPlan.Quorum::citation)
      .build();

  /** The majority a resolution needs. */
  public static final ObjectCodec<AssemblyPlan.MajorityLine, Void> PLAN_MAJORITY = ObjectCodec.written(
          AssemblyPlan.MajorityLine.class, "The majority a resolution needs, per agenda item or per kind, in words"
              + " of the write's language and as values.")
      .named("AssemblyPlanMajority")
      .optional("agendaItem", STRING, AssemblyPlan.MajorityLine::agendaItem)
      .required("kind", enumOf(ResolutionKind.class), AssemblyPlan.MajorityLine::kind)
      .required("majority", enumOf(Majority.Kind.class), line -> line.majority().kind())
      .required("share", Scalars.FRACTION, line -> line.majority().share())
      .required("base", enumOf(MajorityBase.class), line -> line.majority().base())
      .required("text", MESSAGE, line -> AssemblyLaw.describe(line.majority()))
      .required("citation", CITATION, AssemblyPlan.MajorityLine::citation)
      .build();

  /** The assembly plan document: what {@code next assembly --format json} shows. */
  public static final ObjectCodec<AssemblyPlan, Void> ASSEMBLY_PLAN = ObjectCodec.written(AssemblyPlan.class,
          "What the office must know before it invites to a general assembly, under the Satzung in force on its day,"
              + " with the assembly rules' findings on it.")
      .constant("format", STRING, ASSEMBLY_PLAN_FORMAT)
      .constant("version", new FormatVersion(VERSION), VERSION)
      .required("assembly", DomainCodecs.GENERAL_ASSEMBLY, AssemblyPlan::assembly)
      .required("statuteValidFrom", DATE, AssemblyPlan::statuteValidFrom)
      .optional("invitationPeriod", PLAN_PERIOD, AssemblyPlan::invitationPeriod)
      .optional("missingPeriod", STRING, AssemblyPlan::missingPeriod)
      .array("dispatch", PLAN_DISPATCH, AssemblyPlan::dispatch)
      .array("forms", enumOf(DeclarationForm.class), AssemblyPlan::forms)
      .required("formsCitation", CITATION, AssemblyPlan::formsClause)
      .required("recipients", INT, AssemblyPlan::recipients)
      .required("recipientsOn", DATE, AssemblyPlan::recipientsOn)
      .optional("formatBasis", PLAN_FORMAT_BASIS, AssemblyPlan::formatBasis)
      .required("statuteChangeWordingRequired", BOOLEAN, AssemblyPlan::wordingRequired)
      .required("statuteChangeWordingCitation", CITATION, AssemblyPlan::wordingClause)
      .required("signers", INT, plan -> plan.signers().value())
      .required("signersCitation", CITATION, plan -> plan.signers().citation())
      .optional("quorum", PLAN_QUORUM, AssemblyPlan::quorum)
      .array("majorities", PLAN_MAJORITY, AssemblyPlan::majorities)
      .required("judged", BOOLEAN, AssemblyPlan::judged)
      .array("findings", FINDING, AssemblyPlan::findings)
      .required("hasErrors", BOOLEAN, AssemblyPlan::hasErrors)
      .build();

  /** One problem of a document. */
  public static final ObjectCodec<JsonProblem, Void> PROBLEM = ObjectCodec.written(JsonProblem.class,
          "One problem of a document: where (a JSON Pointer) and what.")
      .required("pointer", POINTER, JsonProblem::pointer)
      .required("message", STRING, JsonProblem::message)
      .build();

  /** The validation result document: {@code next validate --format json}. */
  public static final ObjectCodec<Validation, Void> VALIDATION = ObjectCodec.written(Validation.class,
          "Whether a document is valid, and every problem it has, in the language of the reader.")
      .constant("format", STRING, VALIDATION_FORMAT)
      .constant("version", new FormatVersion(VERSION), VERSION)
      .required("valid", BOOLEAN, Validation::valid)
      .array("problems", PROBLEM, Validation::problems)
      .build();

  /** One year's fee of one member in a ledger. */
  public static final ObjectCodec<LedgerItem, Void> LEDGER_ITEM = ObjectCodec.written(LedgerItem.class,
          "One year's fee of one member: what the Satzung asks, when it fell due (on the Satzung's day, or its days"
              + " to pay after the invoice was received), the reminders received, since when the member is in default"
              + " and why, what was paid, written off and is open, and the default interest as of the day (unknown from interestUnknownFrom on, where the"
              + " base-rate table has no row).")
      .required("year", YEAR, LedgerItem::year)
      .required("fee", MONEY, LedgerItem::fee)
      .required("prorated", BOOLEAN, LedgerItem::prorated)
      .required("arises", DATE, LedgerItem::arises)
      .optional("nominalDue", DATE, LedgerItem::nominalDue)
      .optional("due", DATE, LedgerItem::due)
      .optional("invoiceReceived", DATE, LedgerItem::invoiceReceived)
      .array("reminders", DATE, LedgerItem::reminders)
      .optional("defaultFrom", DATE, LedgerItem::defaultFrom)
      .optional("defaultBasis", enumOf(DefaultBasis.class), LedgerItem::defaultBasis)
      .required("paid", MONEY, LedgerItem::paid)
      .required("writtenOff", MONEY, LedgerItem::writtenOff)
      .required("open", MONEY, LedgerItem::open)
      .optional("settledOn", DATE, LedgerItem::settledOn)
      .required("interest", MONEY, item -> item.interest().money())
      .optional("interestUnknownFrom", DATE, item -> item.interest().unknownFrom())
      .build();

  /** A member's ledger. */
  public static final ObjectCodec<Ledger, Void> LEDGER = ObjectCodec.written(Ledger.class,
          "A member's dues account: the fee years, what the member paid in all, what is open and the credit.")
      .required("memberId", STRING, ledger -> ledger.member().getId())
      .required("name", STRING, ledger -> ledger.member().getName())
      .optional("paymentMethod", enumOf(PaymentMethod.class), ledger -> ledger.member().getPaymentMethod())
      .array("items", LEDGER_ITEM, Ledger::items)
      .required("received", MONEY, Ledger::received)
      .required("open", MONEY, Ledger::open)
      .required("credit", MONEY, Ledger::credit)
      .required("interest", MONEY, ledger -> ledger.interest().money())
      .build();

  /** The dues document: every member's ledger on a day. */
  public static final ObjectCodec<Ledgers, Void> DUES = ObjectCodec.written(Ledgers.class,
          "The members' dues accounts on a day, computed from the Satzung and the recorded payments.")
      .named("Dues")
      .constant("format", STRING, DUES_FORMAT)
      .constant("version", new FormatVersion(VERSION), VERSION)
      .required("asOf", DATE, Ledgers::asOf)
      .array("ledgers", LEDGER, Ledgers::all)
      .build();

  /** What is held about a person, until when and why. */
  public static final ObjectCodec<de.nextnetz.rules.law.Holding, Void> HOLDING = ObjectCodec.written(
          de.nextnetz.rules.law.Holding.class,
          "One kind of data held about a person: where in the document, until when it is kept (absent where no"
              + " period ends it) and the provision that keeps it.")
      .required("kind", enumOf(de.nextnetz.rules.law.HoldingKind.class), de.nextnetz.rules.law.Holding::kind)
      .array("paths", POINTER, de.nextnetz.rules.law.Holding::paths)
      .optional("keepUntil", DATE, de.nextnetz.rules.law.Holding::keepUntil)
      .required("basis", CITATION, de.nextnetz.rules.law.Holding::basis)
      .required("needsIdentity", BOOLEAN, de.nextnetz.rules.law.Holding::needsIdentity)
      .build();

  /** A person's data: {@code next person ID --format json}. */
  public static final ObjectCodec<de.nextnetz.rules.law.PersonalData, Void> PERSON = ObjectCodec.written(
          de.nextnetz.rules.law.PersonalData.class,
          "Everything the association document holds about one person (Art. 15 DSGVO), with the period each kind"
              + " is stored for (Art. 15 Abs. 1 lit. d).")
      .named("PersonalData")
      .constant("format", STRING, PERSON_FORMAT)
      .constant("version", new FormatVersion(VERSION), VERSION)
      .required("asOf", DATE, de.nextnetz.rules.law.PersonalData::asOf)
      .required("path", POINTER, de.nextnetz.rules.law.PersonalData::path)
      .required("member", DomainCodecs.MEMBER, de.nextnetz.rules.law.PersonalData::member)
      .array("applications", DomainCodecs.APPLICATION, de.nextnetz.rules.law.PersonalData::applications)
      .array("boardSeats", DomainCodecs.BOARD_SEAT, de.nextnetz.rules.law.PersonalData::boardSeats)
      .array("payments", DomainCodecs.PAYMENT, de.nextnetz.rules.law.PersonalData::payments)
      .array("writeOffs", DomainCodecs.WRITE_OFF, de.nextnetz.rules.law.PersonalData::writeOffs)
      .array("demands", DomainCodecs.FEE_DEMAND, de.nextnetz.rules.law.PersonalData::demands)
      .array("allowances", DomainCodecs.ALLOWANCE, de.nextnetz.rules.law.PersonalData::allowances)
      .array("dataRequests", DomainCodecs.DATA_REQUEST, de.nextnetz.rules.law.PersonalData::requests)
      .array("records", POINTER, de.nextnetz.rules.law.PersonalData::records)
      .array("retention", HOLDING, data -> data.retention().holdings())
      .optional("identityNeededUntil", DATE, data -> data.retention().identityNeededUntil())
      .build();

  /** One step of an erasure. */
  public static final ObjectCodec<de.nextnetz.rules.law.Erasure.Step, Void> ERASURE_STEP = ObjectCodec.written(
          de.nextnetz.rules.law.Erasure.Step.class,
          "What an erasure did to one kind of data: erased, pseudonymised, restricted or kept, until when and why.")
      .required("kind", enumOf(de.nextnetz.rules.law.HoldingKind.class), de.nextnetz.rules.law.Erasure.Step::kind)
      .required("action", enumOf(de.nextnetz.rules.law.Erasure.Action.class),
          de.nextnetz.rules.law.Erasure.Step::action)
      .array("paths", POINTER, de.nextnetz.rules.law.Erasure.Step::paths)
      .optional("keepUntil", DATE, de.nextnetz.rules.law.Erasure.Step::keepUntil)
      .required("basis", CITATION, de.nextnetz.rules.law.Erasure.Step::basis)
      .build();

  /** The erasure report: {@code next erase ID --format json}. */
  public static final ObjectCodec<de.nextnetz.rules.law.Erasure, Void> ERASURE = ObjectCodec.written(
          de.nextnetz.rules.law.Erasure.class,
          "What an erasure of a former member's data (Art. 17 DSGVO) did on a day, and what it kept and why; the"
              + " new document is written apart.")
      .named("Erasure")
      .constant("format", STRING, ERASURE_FORMAT)
      .constant("version", new FormatVersion(VERSION), VERSION)
      .required("day", DATE, de.nextnetz.rules.law.Erasure::day)
      .required("memberId", STRING, de.nextnetz.rules.law.Erasure::memberId)
      .required("memberIdAfter", STRING, de.nextnetz.rules.law.Erasure::memberIdAfter)
      .required("changed", BOOLEAN, de.nextnetz.rules.law.Erasure::changed)
      .array("steps", ERASURE_STEP, de.nextnetz.rules.law.Erasure::steps)
      .build();

  /** {@return the declarations of every result type, for the Jackson module} */
  public static List<ObjectCodec<?, ?>> all() {
    return List.of(CITATION, FACT, DEADLINE, OUTCOME, FINDING, CHECK_REPORT, COMMUNITY_MEETINGS, ACTIVITY_REPORT,
        UNMAPPED_ROW, EVENTS, BUDGET_LINE, BUDGET_YEAR, PORTFOLIO_REVIEW, PLAN_PERIOD, PLAN_DISPATCH,
        PLAN_FORMAT_BASIS, PLAN_QUORUM, PLAN_MAJORITY, ASSEMBLY_PLAN, PROBLEM, VALIDATION, LEDGER_ITEM, LEDGER, DUES, HOLDING, PERSON,
        ERASURE_STEP, ERASURE);
  }

  /**
   * Writes the deadlines document.
   *
   * @param deadlines the deadlines
   * @param out the generator
   */
  public static void writeDeadlines(List<Deadline> deadlines, JsonGenerator out) {
    DEADLINES.write(new DeadlineList(deadlines), out);
  }

  /** {@return the schema of the deadlines document} */
  static ObjectNode deadlinesSchema() {
    return Schemas.document(id("deadlines"), title(DEADLINES_FORMAT), DEADLINES);
  }

  /**
   * The schema of one of these documents.
   *
   * @param codec the document's declaration
   * @param format its format identifier
   * @return the schema
   */
  static ObjectNode schema(ObjectCodec<?, ?> codec, String format) {
    return Schemas.document(id(format.substring(format.indexOf('.') + 1)), title(format), codec);
  }

  private static String id(String name) {
    return "https://nextnetz.de/schema/" + name + "-" + VERSION + ".json";
  }

  private static String title(String format) {
    return "format " + format + " version " + VERSION;
  }

  /**
   * Writes a fact's value with its type: a day as an ISO date, a year, count or amount of days as a
   * number, a truth value as a boolean, money as an object of amount and currency (a difference may
   * be negative), a period as an ISO-8601 duration, an enum constant by its name, a list as an
   * array, an absent value as null, a message rendered in the language, anything else as text.
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
}
