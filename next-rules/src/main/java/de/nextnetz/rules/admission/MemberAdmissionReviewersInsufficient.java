package de.nextnetz.rules.admission;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An admission needs reviews by at least two members (the statute's number).
 * <blockquote>Die Mitgliedschaft entsteht auf Antrag und Prüfung durch mind. zwei
 * Mitglieder und Freigabe durch den Vorstand.</blockquote>
 * Citation: NExT statute, activity report 2024, section 1.2. For every application the board
 * approved by the day of the check, the distinct reviewers are counted who were members on the day
 * of their review, are not the applicant, and reviewed on or after the application (and not after
 * the day of the check). Fewer than required is an ERROR whose facts say why each review did not
 * count. One more distinct eligible reviewer never adds a finding.
 */
public final class MemberAdmissionReviewersInsufficient implements StatuteRule {

  /** {@code MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT}. */
  public static final RuleId ID = RuleId.of("MEMBER_ADMISSION_REVIEWERS_INSUFFICIENT");

  /** Creates the rule. */
  public MemberAdmissionReviewersInsufficient() {}

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public Citation citation() {
    return Admissions.PROCEDURE;
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(ID);
    Admissions.Index index = Admissions.Index.of(association, context);
    List<Application> applications = association.getApplications();
    int required = context.statute().getReviewersRequired();
    Set<String> eligible = new HashSet<>();
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < applications.size(); i++) {
      Application application = applications.get(i);
      if (!Admissions.approvedBy(application, context.statute(), context.asOf())) {
        continue;
      }
      outcome.checked();
      eligible.clear();
      refused.clear();
      for (Review review : application.getReviews()) {
        Optional<String> why = whyNotEligible(index, application, review, context);
        if (why.isEmpty()) {
          eligible.add(review.getReviewerId());
        } else {
          refused.add(review.getReviewerId() + " (" + why.get() + ")");
        }
      }
      if (eligible.size() < required) {
        Finding.Builder finding = Finding.builder(this, Severity.ERROR, Pointer.to("applications", i))
            .fact("application", application.getId())
            .fact("applied", application.getDate())
            .fact("required", required)
            .fact("eligible", eligible.size())
            .fact("eligibleReviewers", eligible.isEmpty() ? "-" : String.join(", ", new TreeSet<>(eligible)));
        if (!refused.isEmpty()) {
          List<String> sorted = new ArrayList<>(refused);
          sorted.sort(null);
          finding.fact("notCounted", String.join("; ", sorted));
        }
        outcome.add(finding.build());
      }
    }
    return outcome.build();
  }

  private static Optional<String> whyNotEligible(Admissions.Index index, Application application,
      Review review, CheckContext context) {
    if (review.getDate().isAfter(context.asOf())) {
      return Optional.of("reviewed after " + context.asOf());
    }
    if (review.getDate().isBefore(application.getDate())) {
      return Optional.of("reviewed on " + review.getDate() + ", before the application");
    }
    if (application.getMemberId().isPresent() && application.getMemberId().get().equals(review.getReviewerId())) {
      return Optional.of("is the applicant");
    }
    Member reviewer = index.member(review.getReviewerId());
    if (reviewer == null) {
      return Optional.of("is not a member");
    }
    if (!reviewer.isMemberOn(review.getDate())) {
      return Optional.of("was not a member on " + review.getDate());
    }
    return Optional.empty();
  }
}
