package de.nextnetz.rules.admission;

import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.domain.membership.BoardDecision;
import java.util.Optional;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;

/**
 * The steps of an admission come in order: application, then reviews, then the board's approval.
 * Citation: the statute version's clause for {@code ADMISSION_PROCEDURE} (else its source), § 58 Nr. 1 BGB. A WARNING per approved application
 * with a review before the application, or an approval before the last review.
 */
final class MemberAdmissionSequenceInvalid extends AdmissionRule {

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MEMBER_ADMISSION_SEQUENCE_INVALID", Severity.WARNING, Admissions.PROCEDURE);

  MemberAdmissionSequenceInvalid() {
    super(DEFINITION);
  }

  @Override
  void judge(AdmissionIndex index, CheckContext context, Outcome.Builder outcome) {
    index.forEachAccepted(context.asOf(), outcome, (i, application, statute) -> {
      outcome.checked();
      Optional<LocalDate> approved = application.getDecision().map(BoardDecision::getDate);
      LocalDate earliestReview = null;
      LocalDate lastReview = null;
      for (Review review : application.getReviews()) {
        LocalDate day = review.getDate();
        earliestReview = earliestReview == null || day.isBefore(earliestReview) ? day : earliestReview;
        lastReview = lastReview == null || day.isAfter(lastReview) ? day : lastReview;
      }
      boolean reviewBeforeApplication = earliestReview != null && earliestReview.isBefore(application.getDate());
      boolean approvalBeforeReview = lastReview != null && approved.isPresent() && approved.get().isBefore(lastReview);
      if (reviewBeforeApplication || approvalBeforeReview) {
        outcome.add(Finding.builder(this, Pointer.to("applications", i))
            .citation(Clauses.citeWithLaw(statute, StatuteParameter.ADMISSION_PROCEDURE))
            .fact("application", application.getId())
            .fact("applied", application.getDate())
            .fact("firstReview", Optional.ofNullable(earliestReview))
            .fact("lastReview", Optional.ofNullable(lastReview))
            .fact("approved", approved)
            .build());
      }
    });
  }
}
