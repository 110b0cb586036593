package de.nextnetz.rules;

import de.nextnetz.rules.builtin.BuiltInRules;
import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.statute.ImmutableStatuteVersion;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteVersion;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

  /** A rule of one's own, as the README shows it: every community names at least one lead. */
  static final class CommunityLeadMissing extends ItemRule<Association, Community> implements StatuteRule {
    static final RuleDefinition DEFINITION = RuleDefinition.of("COMMUNITY_LEAD_MISSING", Severity.INFO,
        Citation.of("Satzung NExT e. V. (Tätigkeitsbericht 2024, Abschnitt 2.2)", "… werden jeweils von einer oder mehreren ehrenamtlichen"
            + " Community-Leitungen koordiniert …"));
    static final RuleId ID = DEFINITION.id();

    CommunityLeadMissing() {
      super(DEFINITION, "communities", Association::getCommunities);
    }

    @Override
    protected void check(Community community, int index, CheckContext context, Outcome.Builder outcome) {
      outcome.checked();
      if (community.getLeads().isEmpty()) {
        outcome.add(Finding.builder(this, Severity.INFO, path(index))
            .message(Message.literal("No lead recorded for " + community.getName() + ".",
                "Keine Leitung erfasst für " + community.getName() + "."))
            .fact("community", community.getId())
            .build());
      }
    }
  }

  @Test
  void runs_an_own_rule_beside_the_built_in_catalogue() {
    RuleEngine<Association> engine = RuleEngine.forAssociations().addRules(BuiltInRules.all()).addRule(new CommunityLeadMissing()).build();

    CheckReport report = engine.check(next(), day("2025-01-01"));

    assertThat(report.outcomes()).hasSize(BuiltInRules.all().size() + 1);
    // Only "Digitale Ethik & KI" names a lead (Alina Lorenz) in the seeds.
    assertThat(report.findings(Severity.INFO)).filteredOn(f -> f.ruleId().equals(CommunityLeadMissing.DEFINITION.id())).hasSize(16);
    assertThat(report.findings(Severity.INFO).get(0).message(Locale.GERMAN)).isEqualTo("Keine Leitung erfasst für Chatbot.");
  }

  @Test
  void lists_findings_most_serious_first_in_a_stable_order() {
    CheckReport report = Fixtures.check(next(), day("2026-11-22"));

    assertThat(report.findings()).extracting(f -> f.severity() + " " + f.ruleId() + " " + f.path())
        .containsExactly(
            "ERROR BOARD_ELECTION_OVERDUE /board",
            "WARNING COMMUNITY_MEETING_FREQUENCY /communities/5",
            "WARNING COMMUNITY_MEETING_FREQUENCY /communities/6",
            "WARNING COMMUNITY_MEETING_FREQUENCY /communities/7");
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.outcomes()).extracting(Outcome::ruleId)
        .containsExactlyElementsOf(BuiltInRules.all().stream().map(StatuteRule::id).toList());
    assertThat(report.assumptions()).extracting(a -> a.getParameter()).contains("continuationClause");
    assertThat(Fixtures.check(next(), day("2026-11-22")).findings()).isEqualTo(report.findings());
  }

  @Test
  @DisplayName("A check as of a day uses the statute version in force that day")
  void uses_the_statute_version_of_the_day() {
    StatuteVersion original = next().getStatute().getVersions().get(0);
    StatuteVersion amended = ImmutableStatuteVersion.copyOf(original)
        .withValidFrom(day("2026-12-01")).withContinuationClause(true)
        .withSource("amended statute (illustrative)");
    ImmutableAssociation next = next().withStatute(Statute.builder().addVersions(amended, original).build());

    assertThat(Fixtures.findings(next, day("2026-11-30"), RuleId.of("BOARD_ELECTION_OVERDUE")))
        .extracting(Finding::severity).containsExactly(Severity.ERROR);
    assertThat(Fixtures.findings(next, day("2026-12-01"), RuleId.of("BOARD_ELECTION_OVERDUE")))
        .extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(Fixtures.check(next, day("2026-12-01")).statute().getSource()).isEqualTo("amended statute (illustrative)");
  }

  @Test
  void refuses_a_day_before_any_statute_version_naming_the_first() {
    assertThatThrownBy(() -> Fixtures.check(next(), day("2018-07-11")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no statute version is in force on 2018-07-11; the earliest is valid from 2018-07-12");
  }

  @Test
  void refuses_two_rules_with_the_same_id_and_names_a_failing_rule() {
    StatuteRule again = BuiltInRules.all().stream().filter(rule -> rule.id().equals(RuleId.of("BOARD_ELECTION_OVERDUE")))
        .findFirst().orElseThrow();
    assertThatThrownBy(() -> RuleEngine.forAssociations().addRules(BuiltInRules.all()).addRule(again))
        .hasMessage("a rule with id BOARD_ELECTION_OVERDUE was already added");
    CommunityLeadMissing delegate = new CommunityLeadMissing();
    StatuteRule broken = new StatuteRule() {
      @Override
      public RuleDefinition definition() {
        return delegate.definition();
      }

      @Override
      public Outcome check(Association association, CheckContext context) {
        throw new IllegalArgumentException("boom");
      }
    };
    assertThatThrownBy(() -> RuleEngine.forAssociations().addRule(broken).build().check(next(), day("2025-01-01")))
        .isInstanceOf(IllegalStateException.class).hasMessage("rule COMMUNITY_LEAD_MISSING failed: boom");
  }

  @Test
  void every_built_in_rule_has_a_unique_id_a_citation_and_messages_in_both_languages() {
    List<StatuteRule> rules = BuiltInRules.all();
    assertThat(rules.stream().map(StatuteRule::id).collect(Collectors.toSet())).hasSize(rules.size());
    for (StatuteRule rule : rules) {
      assertThat(rule.citation().source()).isNotBlank();
      Message summary = Message.builtIn(rule.id().value() + ".summary", java.util.Map.of());
      assertThat(summary.render(Locale.ENGLISH)).as(rule.id().value()).doesNotEndWith(".summary");
      assertThat(summary.render(Locale.GERMAN)).as(rule.id().value())
          .doesNotEndWith(".summary").isNotEqualTo(summary.render(Locale.ENGLISH));
    }
  }

  @Test
  void an_engine_is_shared_safely_across_threads() throws Exception {
    RuleEngine<Association> engine = BuiltInRules.engine();
    Association next = next();
    List<Finding> expected = engine.check(next, day("2026-11-22")).findings();
    List<java.util.concurrent.Callable<List<Finding>>> tasks = java.util.Collections.nCopies(8,
        () -> engine.check(next, day("2026-11-22")).findings());
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      for (var future : pool.invokeAll(tasks)) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void rule_ids_and_pointers_are_checked() {
    assertThatThrownBy(() -> RuleId.of("board overdue")).hasMessageContaining("upper-case");
    assertThat(Pointer.to("members", 3, "a/b")).isEqualTo("/members/3/a~1b");
    assertThat(List.of("/members/10", "/members/9", "/board").stream().sorted(Pointer.ORDER).toList())
        .containsExactly("/board", "/members/9", "/members/10");
  }
}
