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
    return text(ReportCodecs.checkReportSchema());
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

  private static String text(ObjectNode schema) {
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
    java.nio.file.Files.writeString(folder.resolve("association.schema.json"), association());
    java.nio.file.Files.writeString(folder.resolve("check-report.schema.json"), checkReport());
    java.nio.file.Files.writeString(folder.resolve("portfolio.schema.json"), portfolio());
    java.nio.file.Files.writeString(folder.resolve("currencies.txt"), currencies());
  }
}
