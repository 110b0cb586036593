package de.nextnetz.bench;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckReport;
import de.nextnetz.rules.Fact;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.RuleEngine;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.builtin.BuiltInRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The two peer rules in this library: an engine of {@code BOARD_ELECTION_OVERDUE} and {@code MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT}. */
public final class LibraryPeer {

  private static final RuleId OVERDUE = RuleId.of("BOARD_ELECTION_OVERDUE");
  private static final RuleId INSUFFICIENT = RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT");

  private static final RuleEngine<Association> ENGINE = RuleEngine.forAssociations()
      .addRules(BuiltInRules.all().stream().filter(rule -> rule.definition().id().equals(OVERDUE)
          || rule.definition().id().equals(INSUFFICIENT)).toList())
      .build();

  private LibraryPeer() {}

  /**
   * Checks with the library.
   *
   * @param association the association
   * @param asOf the day
   * @return the report
   */
  public static CheckReport check(Association association, LocalDate asOf) {
    return ENGINE.check(association, asOf);
  }

  /**
   * The verdicts of a report.
   *
   * @param report the report
   * @return the verdicts
   */
  public static Verdicts verdicts(CheckReport report) {
    boolean overdue = false;
    List<String> insufficient = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (finding.ruleId().equals(OVERDUE)) {
        overdue = true;
      } else if (finding.ruleId().equals(INSUFFICIENT)) {
        for (Fact fact : finding.facts()) {
          if (fact.name().equals("application")) {
            insufficient.add(String.valueOf(fact.value()));
          }
        }
      }
    }
    return new Verdicts(overdue, insufficient);
  }
}
