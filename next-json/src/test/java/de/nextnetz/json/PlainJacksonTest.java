package de.nextnetz.json;

import de.nextnetz.json.problem.Validation;
import de.nextnetz.json.problem.JsonProblem;
import de.nextnetz.rules.builtin.BuiltInRules;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.EventTable;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.deadlines.Deadlines;
import de.nextnetz.rules.report.PortfolioReview;
import de.nextnetz.rules.report.ActivityReport;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mapper as Spring Boot builds it ({@code findAndAddModules()}) writes every public result type
 * exactly as {@link NextJson} does: the documents whole, and each part as it stands in them.
 */
class PlainJacksonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
  private static final LocalDate DAY = WrittenDocumentsTest.DAY;

  private static JsonNode plain(Object value, Locale locale) {
    ObjectWriter writer = MAPPER.writer().with(locale);
    return JsonFixtures.tree(writer.writeValueAsString(value));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "de"})
  @DisplayName("Satzung 1.3, check of 2026-11-22: the check report and its outcomes, findings, facts, citations, deadlines, rule ids and messages")
  void the_check_report_and_its_parts(String language) {
    Locale locale = Locale.forLanguageTag(language);
    CheckReport report = BuiltInRules.engine().check(NextSeeds.association(), DAY);
    JsonNode document = JsonFixtures.tree(NextJson.standard().writeCheckReportAsString(report, locale));

    assertThat(plain(report, locale)).isEqualTo(document);
    assertThat(plain(report.outcomes().get(0), locale)).isEqualTo(document.at("/outcomes/0"));
    Finding overdue = report.findings().get(0);
    assertThat(plain(overdue, locale)).isEqualTo(document.at("/findings/0"));
    assertThat(plain(overdue.facts().get(0), locale)).isEqualTo(document.at("/findings/0/facts/0"));
    assertThat(plain(overdue.citation(), locale)).isEqualTo(document.at("/findings/0/citation"));
    assertThat(plain(overdue.ruleId(), locale)).isEqualTo(document.at("/findings/0/rule"));
    assertThat(plain(overdue.message(), locale)).isEqualTo(document.at("/findings/0/message"));
    assertThat(document.at("/findings/0/rule").asString()).isEqualTo("BOARD_ELECTION_OVERDUE");
    assertThat(document.at("/language").asString()).isEqualTo(language);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "de"})
  @DisplayName("Deadlines from 2026-11-22: a list of deadlines is the deadlines of the document")
  void deadlines(String language) {
    Locale locale = Locale.forLanguageTag(language);
    Association next = NextSeeds.association();
    List<Deadline> deadlines = Deadlines.between(next, DAY, DAY.plusYears(1));
    JsonNode document = JsonFixtures.tree(NextJson.standard().writeDeadlinesAsString(deadlines, locale));

    assertThat(deadlines).isNotEmpty();
    assertThat(plain(deadlines, locale)).isEqualTo(document.at("/deadlines"));
    assertThat(plain(deadlines.get(0), locale)).isEqualTo(document.at("/deadlines/0"));
  }

  @Test
  @DisplayName("Tätigkeitsbericht 2024, Table 1 and Beschluss Nr. 0057: activity report, event table, budget year and portfolio review")
  void reports_tables_and_budgets() {
    Locale locale = Locale.GERMAN;
    NextJson json = NextJson.standard();
    ActivityReport activity = ActivityReport.of(NextSeeds.association(), Year.of(2024));
    JsonNode activityDocument = JsonFixtures.tree(json.writeActivityReportAsString(activity));
    assertThat(plain(activity, locale)).isEqualTo(activityDocument);
    assertThat(plain(activity.getCommunityMeetings().get(0), locale)).isEqualTo(activityDocument.at("/communityMeetings/0"));

    EventTable.Result table = WrittenDocumentsTest.table1();
    JsonNode tableDocument = JsonFixtures.tree(json.writeEventTableAsString(table));
    assertThat(plain(table, locale)).isEqualTo(tableDocument);
    assertThat(table.getUnmapped()).isNotEmpty();
    assertThat(plain(table.getUnmapped().get(0), locale)).isEqualTo(tableDocument.at("/unmapped/0"));

    PortfolioReview review = PortfolioReview.of(NextSeeds.wiesbadenPortfolio(), Year.of(2025), LocalDate.of(2025, 8, 1));
    JsonNode reviewDocument = JsonFixtures.tree(json.writePortfolioReviewAsString(review, locale));
    assertThat(plain(review, locale)).isEqualTo(reviewDocument);
    assertThat(plain(review.budgetYear(), locale)).isEqualTo(reviewDocument.at("/budgetYear"));
    assertThat(plain(review.budgetYear().getLines().get(0), locale)).isEqualTo(reviewDocument.at("/budgetYear/lines/0"));
    assertThat(reviewDocument.at("/budgetYear/total/amount").asString()).isEqualTo("1000.00");

    Validation validation = new Validation(List.of(new JsonProblem("/seat", "required property is missing")));
    JsonNode validationDocument = JsonFixtures.tree(json.writeValidationAsString(validation));
    assertThat(plain(validation, locale)).isEqualTo(validationDocument);
    assertThat(plain(validation.problems().get(0), locale)).isEqualTo(validationDocument.at("/problems/0"));
    assertThat(validationDocument.at("/valid").asBoolean()).isFalse();
  }
}
