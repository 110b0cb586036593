package de.nextnetz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.validation.DomainValidator;
import de.nextnetz.domain.validation.Violation;
import de.nextnetz.json.NextJson;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.report.ActivityReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the README states as fact is read from the library, so the README cannot drift from the
 * tool: the rule count, the rule catalogue, the format versions, and what the tour's comments say
 * its statements return.
 */
class ReadmeFactsTest {

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
  }

  private static String section(String readme, String heading) {
    int start = readme.indexOf("\n" + heading + "\n");
    assertThat(start).as("the README has the section %s", heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  @Test
  @DisplayName("The modules table names as many built-in rules as the catalogue has")
  void the_rule_count_is_the_catalogues() throws IOException {
    Matcher count = Pattern.compile("the rule engine, (\\d+) built-in rules").matcher(readme());
    assertThat(count.find()).isTrue();
    assertThat(Integer.parseInt(count.group(1))).isEqualTo(BuiltInRules.all().size());
  }

  @Test
  @DisplayName("The README's rule catalogue has a row for every built-in rule, and no row for a rule that does not exist")
  void the_catalogue_lists_every_rule() throws IOException {
    String catalogue = section(readme(), "## The rule catalogue");
    Matcher row = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)` \\|").matcher(catalogue);
    List<String> rows = new ArrayList<>();
    while (row.find()) {
      rows.add(row.group(1));
    }
    List<String> ids = BuiltInRules.all().stream().map(StatuteRule::definition).map(d -> d.id().value()).toList();
    assertThat(rows).containsAll(ids);
    assertThat(ids).as("rows of the built-in catalogue (the municipal rules have a table of their own)")
        .containsAll(rows.stream().filter(id -> !id.startsWith("MUNICIPAL_")).toList());
  }

  @Test
  @DisplayName("The format versions the README names are those the schemas (and so the codecs) have")
  void the_format_versions_are_the_codecs() throws IOException {
    String readme = readme();
    Map<String, String> schemas = NextJson.schemas();
    Matcher row = Pattern.compile("(?m)^  \\| [^|]+ \\| `(nextnetz\\.[a-z-]+)` \\| (\\d+) \\| `([a-z-]+\\.schema\\.json)` \\|")
        .matcher(readme);
    int rows = 0;
    while (row.find()) {
      rows++;
      String schema = schemas.get(row.group(3));
      assertThat(schema).as(row.group(3)).isNotNull();
      assertThat(schema).as("the README's version of %s", row.group(1))
          .contains("format " + row.group(1) + " version " + row.group(2) + "\"");
    }
    assertThat(rows).isEqualTo(schemas.size());

    Matcher example = Pattern.compile("\"format\" : \"nextnetz\\.association\",\\n  \"version\" : (\\d+),").matcher(readme);
    assertThat(example.find()).as("the JSON format section shows an association document").isTrue();
    assertThat(NextJson.associationSchema()).contains("version " + example.group(1) + "\"");
  }

  @Test
  @DisplayName("The tour's statements return what their comments say")
  void the_tour_does_what_it_says() {
    Association next = NextSeeds.association();
    Association renamed = next.toBuilder().shortName("NExT Netzwerk").build();
    assertThat(next.getShortName()).isEqualTo("NExT");
    assertThat(renamed.getShortName()).isEqualTo("NExT Netzwerk");
    assertThat(renamed).isNotEqualTo(next);

    assertThat(DomainValidator.standard().validate(renamed)).isEmpty();
    assertThat(DomainValidator.standard().validate(renamed.toBuilder().purpose(" ").seat("").build()))
        .extracting(Violation::toString)
        .containsExactly("purpose: must not be blank", "seat: must not be blank");

    assertThat(Money.euros("1000.00").split(2)).extracting(Money::toString).containsExactly("500.00 EUR", "500.00 EUR");
    assertThat(Money.euros("1000.00").split(3)).extracting(Money::toString)
        .containsExactly("333.34 EUR", "333.33 EUR", "333.33 EUR");
  }

  @Test
  @DisplayName("An activity report prints its figures and an engine its rules, not an identity hash")
  void the_activity_report_prints_readably() {
    ActivityReport year = ActivityReport.of(NextSeeds.association(), Year.of(2024));
    assertThat(year.toString())
        .startsWith("ActivityReport[2024: members at year end {")
        .contains("PERSONAL=78", "INSTITUTIONAL=37", "56 events on 57 days")
        .doesNotContain("@");
    assertThat(de.nextnetz.rules.builtin.BuiltInRules.engine().toString())
        .startsWith("RuleEngine[" + BuiltInRules.all().size() + " rules: BOARD_MISSING, ");
    assertThat(year).isEqualTo(ActivityReport.of(NextSeeds.association(), Year.of(2024)))
        .hasSameHashCodeAs(ActivityReport.of(NextSeeds.association(), Year.of(2024)))
        .isNotEqualTo(ActivityReport.of(NextSeeds.association(), Year.of(2023)));
  }

  @Test
  @DisplayName("The README's dated law table has exactly the rows of LawChanges, with their days and provisions")
  void the_dated_law_table_is_the_rows() throws IOException {
    String table = section(readme(), "### Dated law");
    for (de.nextnetz.rules.law.LawChange row : de.nextnetz.rules.law.LawChanges.all()) {
      assertThat(table).contains("| " + row.id() + " | " + row.from() + " | "
          + row.until().map(Object::toString).orElse("") + " | " + row.citation().source() + " | " + row.description() + " |");
    }
    assertThat(Pattern.compile("(?m)^\\| [A-Z_]+ \\|").matcher(table).results().count())
        .isEqualTo(de.nextnetz.rules.law.LawChanges.all().size());
  }

  @Test
  @DisplayName("§ 40 BGB: the README's table of what applies where the Satzung is silent is SatzungParameters' own")
  void the_silent_satzung_table_is_the_law_rooms() throws IOException {
    assertThat(section(readme(), "### Where the Satzung is silent"))
        .contains(de.nextnetz.rules.law.SatzungParameters.markdown(java.util.Locale.ENGLISH));
  }
}
