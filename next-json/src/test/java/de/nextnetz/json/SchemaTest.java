package de.nextnetz.json;

import de.nextnetz.rules.builtin.BuiltInRules;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.json.codec.SchemaDocuments;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.deadlines.Deadlines;
import de.nextnetz.rules.report.ActivityReport;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchemaTest {

  @Test
  @DisplayName("The schemas shipped in the jar are the ones generated from the format's declarations")
  void the_shipped_schemas_are_generated_from_the_codecs() {
    assertThat(NextJson.associationSchema())
        .as("regenerate with SchemaDocuments.main(next-json/src/main/resources/de/nextnetz/json)")
        .isEqualTo(SchemaDocuments.association());
    assertThat(NextJson.checkReportSchema()).isEqualTo(SchemaDocuments.checkReport());
    assertThat(NextJson.portfolioSchema()).isEqualTo(SchemaDocuments.portfolio());
  }

  @Test
  @DisplayName("ISO 4217: the format's currency list is the JDK's (codes with cents); every code in it is known to the running JDK")
  void the_currency_list_comes_from_the_jdk() throws java.io.IOException {
    List<String> shipped;
    try (var in = NextJson.class.getResourceAsStream("currencies.txt")) {
      shipped = new String(java.util.Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(shipped.subList(1, shipped.size())).hasSizeGreaterThan(150).contains("EUR", "USD", "CHF")
        .doesNotContain("JPY", "KWD").isSorted()
        .allSatisfy(code -> assertThat(Currency.getInstance(code).getDefaultFractionDigits()).isEqualTo(2));
    Runtime.Version generatedWith = Runtime.Version.parse(shipped.get(0).substring(shipped.get(0).lastIndexOf(' ') + 1));
    List<String> fromThisJdk = SchemaDocuments.currencies().lines().toList();
    if (generatedWith.version().equals(Runtime.version().version())) {
      assertThat(fromThisJdk.subList(1, fromThisJdk.size())).as("regenerate with SchemaDocuments.main")
          .isEqualTo(shipped.subList(1, shipped.size()));
    } else {
      assertThat(fromThisJdk).as("a newer JDK may add codes, none may vanish").containsAll(shipped.subList(1, shipped.size()));
    }
  }

  @Test
  @DisplayName("Beschluss Nr. 0057: Wiesbaden's portfolio survives a round trip and validates against its schema")
  void the_written_portfolio_round_trips_and_validates() {
    var portfolio = NextSeeds.wiesbadenPortfolio();
    String written = NextJson.standard().writePortfolioAsString(portfolio);
    assertThat(JsonFixtures.errors(JsonFixtures.schema(NextJson.portfolioSchema()), written)).isEmpty();
    assertThat(NextJson.standard().readPortfolio(
        new java.io.ByteArrayInputStream(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo(portfolio);
    assertThat(written).startsWith("{\n  \"format\" : \"nextnetz.portfolio\",\n  \"version\" : 2,");
  }

  @Test
  @DisplayName("The README shows the schemas as shipped (copy them with .ci/readme-schemas.py)")
  void the_readme_shows_the_shipped_schemas() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    assertThat(readme).contains("```json\n" + NextJson.associationSchema().strip() + "\n```");
    assertThat(readme).contains("```json\n" + NextJson.checkReportSchema().strip() + "\n```");
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2024: the NExT document the library writes validates against its schema")
  void the_written_association_validates() {
    String written = NextJson.standard().writeAssociationAsString(NextSeeds.association());
    assertThat(JsonFixtures.errors(JsonFixtures.ASSOCIATION_SCHEMA, written)).isEmpty();
  }

  @Test
  @DisplayName("Satzung 1.3: the check report of 2026-11-22 (board election overdue) validates against its schema, in both languages")
  void the_written_check_report_validates() {
    CheckReport report = BuiltInRules.engine().check(NextSeeds.association(), LocalDate.of(2026, 11, 22));
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
      String written = NextJson.standard().writeCheckReportAsString(report, locale);
      assertThat(JsonFixtures.errors(JsonFixtures.CHECK_REPORT_SCHEMA, written)).isEmpty();
      assertThat(JsonFixtures.tree(written).at("/summary/errors").asInt()).isEqualTo(1);
      assertThat(JsonFixtures.tree(written).at("/findings/0/rule").asString()).isEqualTo("BOARD_ELECTION_OVERDUE");
      assertThat(JsonFixtures.tree(written).at("/findings/0/dueDate").asString()).isEqualTo("2026-11-21");
    }
  }

  @Test
  void activity_report_and_deadlines_are_written_as_json() {
    String activity = NextJson.standard().writeActivityReportAsString(ActivityReport.of(NextSeeds.association(), Year.of(2024)));
    assertThat(JsonFixtures.tree(activity).at("/membersAtYearEnd/PERSONAL").asInt()).isEqualTo(78);
    assertThat(JsonFixtures.tree(activity).at("/eventDays").asInt()).isEqualTo(57);
    String deadlines = NextJson.standard().writeDeadlinesAsString(
        Deadlines.between(NextSeeds.association(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Locale.GERMAN);
    assertThat(deadlines).contains("\"rule\" : \"BOARD_ELECTION_OVERDUE\"").contains("neu wählen");
  }

  @Test
  @DisplayName("Each parameter of a statute version names a property the format has: clauses and assumptions find it")
  void every_statute_parameter_is_a_property_of_the_format() {
    tools.jackson.databind.JsonNode version = tools.jackson.databind.json.JsonMapper.builder().build()
        .readTree(NextJson.associationSchema()).path("$defs").path("StatuteVersion").path("properties");
    assertThat(java.util.Arrays.stream(de.nextnetz.domain.statute.StatuteParameter.values())
            .map(de.nextnetz.domain.statute.StatuteParameter::property))
        .allSatisfy(property -> assertThat(version.has(property)).as(property).isTrue());
  }
}
