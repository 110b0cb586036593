package de.nextnetz.bench;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.DecisionOutcome;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The two peer rules in Easy Rules 4.1.0, as its users write them: string-keyed facts, a rule per
 * check, the engine fired once for the board and once per application.
 */
public final class EasyRulesPeer {

  private static final RulesEngine ENGINE = new DefaultRulesEngine();

  private static final Rule BOARD = new RuleBuilder().name("board election overdue")
      .when(facts -> {
        LocalDate asOf = facts.get("asOf");
        Association association = facts.get("association");
        LocalDate last = null;
        for (Election election : association.getBoard().getElections()) {
          if (!election.getDate().isAfter(asOf) && (last == null || election.getDate().isAfter(last))) {
            last = election.getDate();
          }
        }
        return last != null && asOf.isAfter(last.plusYears(2));
      })
      .then(facts -> facts.<List<Boolean>>get("overdue").add(Boolean.TRUE))
      .build();

  private static final Rule REVIEWERS = new RuleBuilder().name("reviewers insufficient")
      .when(facts -> {
        Application application = facts.get("application");
        LocalDate asOf = facts.get("asOf");
        StatuteVersion statute = facts.get("statute");
        Map<String, Member> members = facts.get("members");
        if (application.getDecision().isEmpty() || application.getDecision().get().getOutcome() != DecisionOutcome.APPROVED
            || application.getDecision().get().getDate().isAfter(asOf)
            || !statute.getAdmissionProcedureKinds().contains(application.getKind())) {
          return false;
        }
        Set<String> eligible = new HashSet<>();
        for (Review review : application.getReviews()) {
          Member reviewer = members.get(review.getReviewerId());
          if (!review.getDate().isAfter(asOf) && !review.getDate().isBefore(application.getDate())
              && !application.getMemberId().map(review.getReviewerId()::equals).orElse(false)
              && reviewer != null && reviewer.isMemberOn(review.getDate())) {
            eligible.add(review.getReviewerId());
          }
        }
        return eligible.size() < statute.getReviewersRequired();
      })
      .then(facts -> facts.<List<String>>get("insufficient").add(facts.<Application>get("application").getId()))
      .build();

  private EasyRulesPeer() {}

  /**
   * Decides the two rules with Easy Rules.
   *
   * @param association the association
   * @param asOf the day
   * @return the verdicts
   */
  public static Verdicts verdicts(Association association, LocalDate asOf) {
    List<Boolean> overdue = new ArrayList<>();
    Facts boardFacts = new Facts();
    boardFacts.put("association", association);
    boardFacts.put("asOf", asOf);
    boardFacts.put("overdue", overdue);
    ENGINE.fire(new Rules(BOARD), boardFacts);

    Map<String, Member> members = new HashMap<>(association.getMembers().size() * 2);
    for (Member member : association.getMembers()) {
      members.putIfAbsent(member.getId(), member);
    }
    List<String> insufficient = new ArrayList<>();
    Rules rules = new Rules(REVIEWERS);
    Facts facts = new Facts();
    facts.put("asOf", asOf);
    facts.put("statute", association.getStatute().versionOn(asOf).orElseThrow());
    facts.put("members", members);
    facts.put("insufficient", insufficient);
    for (Application application : association.getApplications()) {
      facts.put("application", application);
      ENGINE.fire(rules, facts);
    }
    return new Verdicts(!overdue.isEmpty(), insufficient);
  }
}
