package de.nextnetz.rules.admission;

import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import org.jspecify.annotations.Nullable;
import java.util.Map;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;

/**
 * An admission needs reviews by at least two members (the statute's number).
 * <blockquote>Die Mitgliedschaft entsteht auf Antrag und Prüfung durch mind. zwei
 * Mitglieder und Freigabe durch den Vorstand.</blockquote>
 * Citation: the statute version's clause for {@code ADMISSION_PROCEDURE} (else its source), § 58 Nr. 1 BGB. For every application the board
 * approved by the day of the check, the distinct reviewers are counted who were members on the day
 * of their review, are not the applicant, and reviewed on or after the application (and not after
 * the day of the check). Fewer than required is an ERROR whose facts say why each review did not
 * count. One more distinct eligible reviewer never adds a finding.
 */
final class MemberAdmissionReviewersInsufficient extends AdmissionRule {

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT", Severity.ERROR, Admissions.PROCEDURE);

  MemberAdmissionReviewersInsufficient() {
    super(DEFINITION);
  }

  @Override
  void judge(AdmissionIndex index, CheckContext context, Outcome.Builder outcome) {
    Set<String> eligible = new HashSet<>();
    List<Message> refused = new ArrayList<>();
    index.forEachAccepted(context.asOf(), outcome, (i, application, statute) -> {
      int required = statute.getReviewersRequired();
      outcome.checked();
      eligible.clear();
      refused.clear();
      for (Review review : application.getReviews()) {
        String why = whyNotEligible(index, application, review, context);
        if (why == null) {
          eligible.add(review.getReviewerId());
        } else {
          refused.add(Message.builtIn("reason." + why, Map.of("reviewer", review.getReviewerId(),
              "day", review.getDate(), "asOf", context.asOf())));
        }
      }
      if (eligible.size() < required) {
        Finding.Builder finding = Finding.builder(this, Pointer.to("applications", i))
            .citation(Clauses.citeWithLaw(statute, StatuteParameter.ADMISSION_PROCEDURE))
            .fact("application", application.getId())
            .fact("applied", application.getDate())
            .fact("required", required)
            .fact("eligible", eligible.size())
            .fact("eligibleReviewers", List.copyOf(new TreeSet<>(eligible)));
        if (!refused.isEmpty()) {
          finding.fact("notCounted", List.copyOf(refused));
        }
        outcome.add(finding.build());
      }
    });
  }

  /** Why a review does not count, as the key of its reason ({@code reason.<key>}), or {@code null} if it counts. */
  private static @Nullable String whyNotEligible(AdmissionIndex index, Application application,
      Review review, CheckContext context) {
    if (review.getDate().isAfter(context.asOf())) {
      return "reviewedAfterCheckDay";
    }
    if (review.getDate().isBefore(application.getDate())) {
      return "reviewedBeforeApplication";
    }
    if (application.getMemberId().isPresent() && application.getMemberId().get().equals(review.getReviewerId())) {
      return "isTheApplicant";
    }
    Member reviewer = index.member(review.getReviewerId());
    if (reviewer == null) {
      return "isNotAMember";
    }
    if (!reviewer.isMemberOn(review.getDate())) {
      return "wasNotAMemberThen";
    }
    return null;
  }
}
