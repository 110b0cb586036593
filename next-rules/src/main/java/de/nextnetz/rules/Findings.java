package de.nextnetz.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The one order of findings in every report: severity, then the order of the rules, then path, then due date and message. */
public final class Findings {

  private Findings() {}

  /**
   * Collects the findings of outcomes in report order.
   *
   * @param outcomes the outcomes, in the order their rules ran
   * @return all their findings, most serious first
   */
  public static List<Finding> inReportOrder(List<Outcome> outcomes) {
    Map<RuleId, Integer> order = new HashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      order.putIfAbsent(outcomes.get(i).ruleId(), i);
    }
    List<Finding> all = new ArrayList<>();
    outcomes.forEach(outcome -> all.addAll(outcome.findings()));
    all.sort(CheckReport.order(order));
    return List.copyOf(all);
  }
}
