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

/** The two peer rules as a plain Java loop over the same objects: the floor no engine can beat. */
public final class HandLoop {

  private HandLoop() {}

  /**
   * Decides the two rules.
   *
   * @param association the association
   * @param asOf the day
   * @return the verdicts
   */
  public static Verdicts verdicts(Association association, LocalDate asOf) {
    StatuteVersion statute = association.getStatute().versionOn(asOf).orElseThrow();
    LocalDate last = null;
    for (Election election : association.getBoard().getElections()) {
      if (!election.getDate().isAfter(asOf) && (last == null || election.getDate().isAfter(last))) {
        last = election.getDate();
      }
    }
    boolean overdue = last != null && asOf.isAfter(last.plusYears(2));

    Map<String, Member> members = new HashMap<>(association.getMembers().size() * 2);
    for (Member member : association.getMembers()) {
      members.putIfAbsent(member.getId(), member);
    }
    List<String> insufficient = new ArrayList<>();
    Set<String> eligible = new HashSet<>();
    for (Application application : association.getApplications()) {
      if (application.getDecision().isEmpty() || application.getDecision().get().getOutcome() != DecisionOutcome.APPROVED
          || application.getDecision().get().getDate().isAfter(asOf)
          || !statute.getAdmissionProcedureKinds().contains(application.getKind())) {
        continue;
      }
      eligible.clear();
      for (Review review : application.getReviews()) {
        Member reviewer = members.get(review.getReviewerId());
        if (!review.getDate().isAfter(asOf) && !review.getDate().isBefore(application.getDate())
            && !application.getMemberId().map(review.getReviewerId()::equals).orElse(false)
            && reviewer != null && reviewer.isMemberOn(review.getDate())) {
          eligible.add(review.getReviewerId());
        }
      }
      if (eligible.size() < statute.getReviewersRequired()) {
        insufficient.add(application.getId());
      }
    }
    return new Verdicts(overdue, insufficient);
  }
}
