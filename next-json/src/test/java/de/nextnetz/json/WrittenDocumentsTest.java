package de.nextnetz.json;

import de.nextnetz.json.problem.Validation;
import de.nextnetz.json.problem.JsonProblem;
import de.nextnetz.rules.builtin.BuiltInRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.EventTable;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.json.codec.SchemaDocuments;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.deadlines.Deadlines;
import de.nextnetz.rules.report.PortfolioReview;
import de.nextnetz.rules.report.ActivityReport;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.OrgJsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every document the library writes, written for the NExT data set, validates against its shipped
 * schema with two independent validators (networknt, on Jackson, with format assertion on; and
 * dev.harrel json-schema, on org.json), and a broken copy is refused by both.
 */
class WrittenDocumentsTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 22);

  /** Table 1 of the activity report 2024, with one row that cannot be mapped. */
  static EventTable.Result table1() {
    try (InputStream in = Objects.requireNonNull(
        WrittenDocumentsTest.class.getResourceAsStream("/de/nextnetz/domain/seeds/table1-2024.tsv"))) {
      String table = new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n99\tkein Datum\tNExTpanel";
      return EventTable.read(table, NextSeeds.communities());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Each document for the NExT data set, by its schema file. */
  static Map<String, String> documents(Locale locale) {
    NextJson json = NextJson.standard();
    Association next = NextSeeds.association();
    CheckReport report = BuiltInRules.engine().check(next, DAY);
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("association.schema.json", json.writeAssociationAsString(next));
    documents.put("portfolio.schema.json", json.writePortfolioAsString(NextSeeds.wiesbadenPortfolio()));
    documents.put("check-report.schema.json", json.writeCheckReportAsString(report, locale));
    documents.put("deadlines.schema.json",
        json.writeDeadlinesAsString(Deadlines.between(next, DAY, DAY.plusYears(1)), locale));
    documents.put("activity-report.schema.json", json.writeActivityReportAsString(ActivityReport.of(next, Year.of(2024))));
    documents.put("events.schema.json", json.writeEventTableAsString(table1()));
    documents.put("portfolio-review.schema.json", json.writePortfolioReviewAsString(
        PortfolioReview.of(NextSeeds.wiesbadenPortfolio(), Year.of(2025), LocalDate.of(2025, 8, 1)), locale));
    de.nextnetz.domain.Association muster = de.nextnetz.domain.seeds.Musterverein.association();
    documents.put("assembly-plan.schema.json", json.writeAssemblyPlanAsString(de.nextnetz.rules.report.AssemblyPlan.of(
        muster, muster.findGeneralAssembly("mv-2025-x").orElseThrow(), java.time.LocalDate.of(2026, 11, 22)).orElseThrow(), locale));
    documents.put("validation.schema.json", json.writeValidationAsString(new Validation(List.of(
        new JsonProblem("/board/seats/2/role", "must be one of CHAIR, VICE_CHAIR, TREASURER, MEMBER, but was \"KASSENWART\""),
        new JsonProblem("/seat", "required property is missing")))));
    documents.put("dues.schema.json", json.writeDuesAsString(de.nextnetz.rules.law.Ledgers.of(muster,
        java.time.LocalDate.of(2026, 12, 7)).orElseThrow()));
    documents.put("person.schema.json", json.writePersonAsString(de.nextnetz.rules.law.PersonalData.of(muster, "m05",
        java.time.LocalDate.of(2026, 12, 7))));
    documents.put("erasure.schema.json", json.writeErasureAsString(de.nextnetz.rules.law.Erasure.of(muster, "m05",
        java.time.LocalDate.of(2026, 12, 7))));
    return documents;
  }

  static Stream<Arguments> every_document() {
    return Stream.of(Locale.ENGLISH, Locale.GERMAN).flatMap(locale -> documents(locale).entrySet().stream()
        .map(entry -> Arguments.of(entry.getKey(), locale, entry.getValue())));
  }

  private static Schema networknt(String schema) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())).getSchema(schema);
  }

  private static boolean harrelAccepts(String schema, String document) {
    return new ValidatorFactory().withJsonNodeFactory(new OrgJsonNode.Factory()).validate(schema, document).isValid();
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("every_document")
  @DisplayName("Tätigkeitsbericht 2024, Beschluss Nr. 0057: each document written for the data set is valid for two validators")
  void each_document_validates_with_two_validators(String schemaFile, Locale locale, String document) {
    String schema = Objects.requireNonNull(NextJson.schemas().get(schemaFile), schemaFile);

    assertThat(networknt(schema).validate(JsonFixtures.tree(document))).as("networknt").isEmpty();
    assertThat(harrelAccepts(schema, document)).as("dev.harrel json-schema").isTrue();
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("every_document")
  @DisplayName("A document of the wrong format is refused by both validators, so their acceptance means something")
  void a_broken_document_is_refused_by_both(String schemaFile, Locale locale, String document) {
    ObjectNode broken = (ObjectNode) JsonFixtures.tree(document);
    broken.put("format", "nextnetz.something-else");
    String text = JsonFixtures.PLAIN.writeValueAsString(broken);
    String schema = Objects.requireNonNull(NextJson.schemas().get(schemaFile), schemaFile);

    assertThat(networknt(schema).validate(JsonFixtures.tree(text))).isNotEmpty();
    assertThat(harrelAccepts(schema, text)).isFalse();
  }

  @Test
  @DisplayName("Every document has a format id, a version and a shipped schema generated from its declaration")
  void every_document_has_a_shipped_schema() {
    assertThat(NextJson.schemas()).isEqualTo(SchemaDocuments.all()).hasSize(12);
    documents(Locale.ENGLISH).forEach((schemaFile, document) -> {
      assertThat(JsonFixtures.tree(document).path("format").asString()).startsWith("nextnetz.");
      assertThat(JsonFixtures.tree(document).path("version").asInt()).isPositive();
      assertThat(JsonFixtures.tree(Objects.requireNonNull(NextJson.schemas().get(schemaFile))).path("$id").asString())
          .startsWith("https://nextnetz.de/schema/");
    });
  }
}
