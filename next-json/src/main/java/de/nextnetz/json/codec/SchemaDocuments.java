package de.nextnetz.json.codec;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas as generated from the codecs. The copies shipped in the jar
 * ({@code de/nextnetz/json/*.schema.json}) are kept equal to these by a test; {@link #main}
 * rewrites them.
 */
public final class SchemaDocuments {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SchemaDocuments() {}

  /** {@return the schema of the association document, pretty-printed} */
  public static String association() {
    return text(Schemas.document("https://nextnetz.de/schema/association-" + DomainCodecs.ASSOCIATION_VERSION + ".json",
        "NExT association document, format " + DomainCodecs.ASSOCIATION_FORMAT + " version "
            + DomainCodecs.ASSOCIATION_VERSION, DomainCodecs.ASSOCIATION));
  }

  /** {@return the schema of the portfolio document, pretty-printed} */
  public static String portfolio() {
    return text(Schemas.document("https://nextnetz.de/schema/portfolio-" + DomainCodecs.PORTFOLIO_VERSION + ".json",
        "A municipality's portfolio of memberships, format " + DomainCodecs.PORTFOLIO_FORMAT + " version "
            + DomainCodecs.PORTFOLIO_VERSION, DomainCodecs.MUNICIPAL_PORTFOLIO));
  }

  /** {@return the schema of the check report, pretty-printed} */
  public static String checkReport() {
    return text(ReportCodecs.schema(ReportCodecs.CHECK_REPORT, ReportCodecs.CHECK_REPORT_FORMAT));
  }

  /** {@return the schema of the deadlines document, pretty-printed} */
  public static String deadlines() {
    return text(ReportCodecs.deadlinesSchema());
  }

  /** {@return the schema of the activity report, pretty-printed} */
  public static String activityReport() {
    return text(ReportCodecs.schema(ReportCodecs.ACTIVITY_REPORT, ReportCodecs.ACTIVITY_REPORT_FORMAT));
  }

  /** {@return the schema of an imported event table, pretty-printed} */
  public static String events() {
    return text(ReportCodecs.schema(ReportCodecs.EVENTS, ReportCodecs.EVENTS_FORMAT));
  }

  /** {@return the schema of the portfolio review, pretty-printed} */
  public static String portfolioReview() {
    return text(ReportCodecs.schema(ReportCodecs.PORTFOLIO_REVIEW, ReportCodecs.PORTFOLIO_REVIEW_FORMAT));
  }

  /**
   * Every document the library writes, by the name of its schema file, e.g. {@code
   * "deadlines.schema.json"}, with its schema.
   *
   * @return the schemas, in the order of the README's table
   */
  public static java.util.Map<String, String> all() {
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
    all.put("association.schema.json", association());
    all.put("portfolio.schema.json", portfolio());
    all.put("check-report.schema.json", checkReport());
    all.put("deadlines.schema.json", deadlines());
    all.put("activity-report.schema.json", activityReport());
    all.put("events.schema.json", events());
    all.put("portfolio-review.schema.json", portfolioReview());
    all.put("assembly-plan.schema.json", text(ReportCodecs.schema(ReportCodecs.ASSEMBLY_PLAN,
        ReportCodecs.ASSEMBLY_PLAN_FORMAT)));
    all.put("validation.schema.json", text(ReportCodecs.schema(ReportCodecs.VALIDATION, ReportCodecs.VALIDATION_FORMAT)));
    all.put("dues.schema.json", text(ReportCodecs.schema(ReportCodecs.DUES, ReportCodecs.DUES_FORMAT)));
    all.put("person.schema.json", text(ReportCodecs.schema(ReportCodecs.PERSON, ReportCodecs.PERSON_FORMAT)));
    all.put("erasure.schema.json", text(ReportCodecs.schema(ReportCodecs.ERASURE, ReportCodecs.ERASURE_FORMAT)));
    return all;
  }

  /**
   * The currency list of the format as the running JDK's currency data give it: the ISO 4217 codes
   * whose minor unit is the cent, sorted, after a first line naming the JDK.
   *
   * @return the text of {@code currencies.txt}
   */
  public static String currencies() {
    return "# ISO 4217 codes with cents, from the currency data of Java " + Runtime.version() + "\n"
        + String.join("\n", Currencies.fromJdk()) + "\n";
  }

  /**
   * The text form of a schema as the library ships it: pretty-printed, one line break at the end.
   *
   * @param schema the schema
   * @return the text
   */
  public static String text(ObjectNode schema) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
  }

  /**
   * Writes the schemas and the currency list into a resource folder.
   *
   * @param args the folder, e.g. {@code next-json/src/main/resources/de/nextnetz/json}
   * @throws java.io.IOException if a file cannot be written
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Path folder = java.nio.file.Path.of(args[0]);
    for (java.util.Map.Entry<String, String> schema : all().entrySet()) {
      java.nio.file.Files.writeString(folder.resolve(schema.getKey()), schema.getValue());
    }
    java.nio.file.Files.writeString(folder.resolve("currencies.txt"), currencies());
  }
}
