package de.nextnetz.rules.admission;

import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;

/**
 * A membership begins with the board's approval, so its recorded start is not earlier. Citation:
 * the statute version's clause for {@code ADMISSION_PROCEDURE} (else its source), § 58 Nr. 1 BGB. A WARNING, since admission with retroactive
 * effect is possible in law (BGH NZG 2015, 713).
 */
final class MemberStartDateInconsistent extends AdmissionRule {

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MEMBER_START_DATE_INCONSISTENT", Severity.WARNING, Admissions.PROCEDURE);

  MemberStartDateInconsistent() {
    super(DEFINITION);
  }

  @Override
  void judge(AdmissionIndex index, CheckContext context, Outcome.Builder outcome) {
    index.forEachAdmitted(context.asOf(), outcome, (i, member, found, application, statute) -> {
      if (application == null || !statute.isBoardApprovalRequired()
          || !Admissions.approvedBy(application, statute, context.asOf())) {
        return;
      }
      outcome.checked();
      LocalDate approved = application.getDecision().orElseThrow().getDate();
      if (member.getStart().isBefore(approved)) {
        outcome.add(Finding.builder(this, Pointer.to("members", i, "start"))
            .citation(Clauses.citeWithLaw(statute, StatuteParameter.ADMISSION_PROCEDURE))
            .fact("member", member.getId())
            .fact("start", member.getStart())
            .fact("approved", approved)
            .build());
      }
    });
  }
}
