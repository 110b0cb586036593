package de.nextnetz.examples;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.community.Community;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleEngine;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/** Example: a rule of one's own beside the built-in catalogue: every community names a lead. */
public final class OwnRule {

  private OwnRule() {}

  /** Every community is coordinated by at least one honorary lead (activity report 2024, 2.2). */
  public static final class CommunityLeadMissing implements StatuteRule {

    /** The id {@code COMMUNITY_LEAD_MISSING}, severity and citation: the rule's metadata, stated once. */
    public static final RuleDefinition DEFINITION = RuleDefinition.of("COMMUNITY_LEAD_MISSING", Severity.INFO,
        Citation.of("Satzung NExT e. V. (Tätigkeitsbericht 2024, Abschnitt 2.2)",
            "… werden jeweils von einer oder mehreren ehrenamtlichen Community-Leitungen koordiniert …"));

    /** Creates the rule. */
    public CommunityLeadMissing() {}

    @Override
    public RuleDefinition definition() {
      return DEFINITION;
    }

    @Override
    public Outcome check(Association association, CheckContext context) {
      Outcome.Builder outcome = Outcome.builder(DEFINITION.id());
      for (int i = 0; i < association.getCommunities().size(); i++) {
        Community community = association.getCommunities().get(i);
        outcome.checked();
        if (community.getLeads().isEmpty()) {
          outcome.add(Finding.builder(this, Pointer.to("communities", i))
              .message(Message.literal("No lead is recorded for " + community.getName() + ".",
                  "Für " + community.getName() + " ist keine Leitung erfasst."))
              .fact("community", community.getId())
              .build());
        }
      }
      return outcome.build();
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    RuleEngine<Association> engine = RuleEngine.forAssociations().addRules(BuiltInRules.all()).addRule(new CommunityLeadMissing()).build();
    CheckReport report = engine.check(NextDataSet.association(), LocalDate.of(2025, 1, 1));
    long own = report.findings().stream().filter(f -> f.ruleId().equals(CommunityLeadMissing.DEFINITION.id())).count();
    out.println(engine.rules().size() + " rules ran; " + own + " communities have no recorded lead, e.g.:");
    report.findings().stream().filter(f -> f.ruleId().equals(CommunityLeadMissing.DEFINITION.id())).limit(2)
        .forEach(f -> out.println("  " + f.path() + " " + f.message(Locale.GERMAN)));
  }
}
