package de.nextnetz.test.scenario;

import static de.nextnetz.json.codec.Scalars.DATE;
import static de.nextnetz.json.codec.Scalars.STRING;
import static de.nextnetz.json.codec.Scalars.TEXT;
import static de.nextnetz.json.codec.Scalars.enumOf;

import de.nextnetz.json.codec.Codec;
import de.nextnetz.json.codec.ObjectCodec;
import de.nextnetz.json.codec.Reading;
import de.nextnetz.json.codec.Scalars;
import de.nextnetz.json.codec.Schemas;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON format of a scenario file ({@code nextnetz.scenario}, version 1), as one declaration
 * that drives its strict reader and its schema ({@code de/nextnetz/test/scenario.schema.json}).
 */
public final class ScenarioFormat {

  /** The format identifier. */
  public static final String FORMAT = "nextnetz.scenario";

  /** The format version. */
  public static final int VERSION = 1;

  private ScenarioFormat() {}

  /** Any JSON value, kept as a tree (a document written inline, a patch value). */
  private static Codec<JsonNode> tree(boolean objectOnly) {
    return new Codec<>() {
      @Override
      public void write(JsonNode value, JsonGenerator out) {
        out.writeTree(value);
      }

      @Override
      public @Nullable JsonNode read(JsonParser in, Reading reading) {
        if (objectOnly && in.currentToken() != JsonToken.START_OBJECT) {
          Scalars.unexpected(in, reading, reading.text("expected.object", "type", "document"));
          return null;
        }
        return in.readValueAsTree();
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return objectOnly ? schemas.node().put("type", "object") : schemas.node();
      }
    };
  }

  /** A rule's id. */
  private static final Codec<RuleId> RULE = Scalars.matching("expected.ruleId", RuleId::value, RuleId::of,
      "^[A-Z][A-Z0-9_]*$");

  /** Collects a patch operation. */
  private static final class PatchBuilder {
    PatchOperation.@Nullable Op op;
    @Nullable String path;
    @Nullable JsonNode value;

    PatchOperation build() {
      if (op == null || path == null) {
        throw new IllegalStateException("an operation needs 'op' and 'path'");
      }
      return new PatchOperation(op, path, Optional.ofNullable(value));
    }
  }

  /** Collects an expected finding. */
  private static final class FindingBuilder {
    @Nullable RuleId rule;
    @Nullable Severity severity;
    @Nullable String path;
    @Nullable LocalDate dueDate;
    @Nullable String message;

    ExpectedFinding build() {
      if (rule == null) {
        throw new IllegalStateException("an expected finding needs 'rule'");
      }
      return new ExpectedFinding(rule, Optional.ofNullable(severity), Optional.ofNullable(path),
          Optional.ofNullable(dueDate), Optional.ofNullable(message));
    }
  }

  /** Collects an expected outcome. */
  private static final class OutcomeBuilder {
    @Nullable RuleId rule;
    @Nullable Status status;
    List<String> missing = List.of();

    ExpectedOutcome build() {
      if (rule == null || status == null) {
        throw new IllegalStateException("an expected outcome needs 'rule' and 'status'");
      }
      return new ExpectedOutcome(rule, status, missing);
    }
  }

  /** Collects an expected deadline. */
  private static final class DeadlineBuilder {
    @Nullable RuleId rule;
    @Nullable LocalDate dueBy;
    @Nullable String path;

    ExpectedDeadline build() {
      if (rule == null || dueBy == null) {
        throw new IllegalStateException("an expected deadline needs 'rule' and 'dueBy'");
      }
      return new ExpectedDeadline(rule, dueBy, Optional.ofNullable(path));
    }
  }

  /** An expected deadline. */
  static final ObjectCodec<ExpectedDeadline, DeadlineBuilder> DEADLINE = ObjectCodec.of(ExpectedDeadline.class,
          "A deadline a rule must state on the day: its last day and, where given, what falls due.",
          DeadlineBuilder::new, DeadlineBuilder::build)
      .required("rule", RULE, ExpectedDeadline::rule, (b, v) -> b.rule = v)
      .required("dueBy", DATE, ExpectedDeadline::dueBy, (b, v) -> b.dueBy = v)
      .optional("path", STRING, ExpectedDeadline::path, (b, v) -> b.path = v)
      .build();

  /** Collects a scenario. */
  private static final class ScenarioBuilder {
    @Nullable String name;
    @Nullable String dataSet;
    @Nullable String file;
    @Nullable JsonNode document;
    List<PatchOperation> patch = new ArrayList<>();
    @Nullable LocalDate asOf;
    Match match = Match.AT_LEAST;
    List<ExpectedFinding> findings = new ArrayList<>();
    List<ExpectedOutcome> outcomes = new ArrayList<>();
    List<ExpectedDeadline> deadlines = new ArrayList<>();

    Scenario build() {
      if (name == null || asOf == null) {
        throw new IllegalStateException("a scenario needs 'name' and 'asOf'");
      }
      return new Scenario(name, Optional.ofNullable(dataSet), Optional.ofNullable(file), Optional.ofNullable(document),
          patch, asOf, match, findings, outcomes, deadlines);
    }
  }

  /** A JSON Patch operation. */
  static final ObjectCodec<PatchOperation, PatchBuilder> PATCH = ObjectCodec.of(PatchOperation.class,
          "One JSON Patch operation (RFC 6902) on the document: add, remove or replace at a JSON Pointer.",
          PatchBuilder::new, PatchBuilder::build)
      .required("op", enumOf(PatchOperation.Op.class), PatchOperation::op, (b, v) -> b.op = v)
      .required("path", STRING, PatchOperation::path, (b, v) -> b.path = v)
      .optional("value", tree(false), PatchOperation::value, (b, v) -> b.value = v)
      .build();

  /** An expected finding. */
  static final ObjectCodec<ExpectedFinding, FindingBuilder> FINDING = ObjectCodec.of(ExpectedFinding.class,
          "A finding the rules must give: the rule, and where given its severity, path, due day and words.",
          FindingBuilder::new, FindingBuilder::build)
      .required("rule", RULE, ExpectedFinding::rule, (b, v) -> b.rule = v)
      .optional("severity", enumOf(Severity.class), ExpectedFinding::severity, (b, v) -> b.severity = v)
      .optional("path", STRING, ExpectedFinding::path, (b, v) -> b.path = v)
      .optional("dueDate", DATE, ExpectedFinding::dueDate, (b, v) -> b.dueDate = v)
      .optional("message", TEXT, ExpectedFinding::message, (b, v) -> b.message = v)
      .build();

  /** An expected outcome. */
  static final ObjectCodec<ExpectedOutcome, OutcomeBuilder> OUTCOME = ObjectCodec.of(ExpectedOutcome.class,
          "The outcome one rule must have: its status and the facts it names as missing.",
          OutcomeBuilder::new, OutcomeBuilder::build)
      .required("rule", RULE, ExpectedOutcome::rule, (b, v) -> b.rule = v)
      .required("status", enumOf(Status.class), ExpectedOutcome::status, (b, v) -> b.status = v)
      .list("missing", STRING, ExpectedOutcome::missing, (b, v) -> b.missing = v)
      .build();

  /** The scenario document. */
  static final ObjectCodec<Scenario, ?> SCENARIO = ObjectCodec.of(Scenario.class,
          "A case of statute law as data: a document, a day, and what the rules must say then.",
          ScenarioBuilder::new, ScenarioBuilder::build)
      .constant("format", STRING, FORMAT)
      .constant("version", Scalars.INT, VERSION)
      .required("name", TEXT, Scenario::name, (b, v) -> b.name = v)
      .optional("dataSet", Scalars.oneOfTexts(Scenario.DATA_SETS), Scenario::dataSet, (b, v) -> b.dataSet = v)
      .optional("file", TEXT, Scenario::file, (b, v) -> b.file = v)
      .optional("document", tree(true), Scenario::document, (b, v) -> b.document = v)
      .list("patch", PATCH, Scenario::patch, (b, v) -> b.patch = v)
      .required("asOf", DATE, Scenario::asOf, (b, v) -> b.asOf = v)
      .defaulted("match", enumOf(Match.class), Scenario::match, (b, v) -> b.match = v)
      .list("findings", FINDING, Scenario::findings, (b, v) -> b.findings = v)
      .list("outcomes", OUTCOME, Scenario::outcomes, (b, v) -> b.outcomes = v)
      .list("deadlines", DEADLINE, Scenario::deadlines, (b, v) -> b.deadlines = v)
      .build();

  /** {@return the JSON Schema of the scenario format, as generated from the declaration} */
  public static String schema() {
    ObjectNode document = Schemas.document("https://nextnetz.de/schema/scenario-" + VERSION + ".json",
        "format " + FORMAT + " version " + VERSION, SCENARIO);
    return de.nextnetz.json.codec.SchemaDocuments.text(document);
  }
}
