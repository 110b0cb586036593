package de.nextnetz.rules.admission;

import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Outcome;
import java.util.Map;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/**
 * A member admitted through the procedure was approved by the board.
 * <blockquote>Die Mitgliedschaft entsteht auf Antrag und Prüfung durch mind. zwei
 * Mitglieder und Freigabe durch den Vorstand.</blockquote>
 * Citation: the statute version's clause for {@code ADMISSION_PROCEDURE} (else its source), § 58 Nr. 1 BGB. An ERROR per member whose application
 * has no approval by the day of the check (none, a rejection, or one dated later). Members without
 * application are left to {@link MemberAdmissionApplicationMissing}.
 */
final class MemberAdmissionBoardApprovalMissing extends AdmissionRule {

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MEMBER_ADMISSION_BOARD_APPROVAL_MISSING", Severity.ERROR, Admissions.PROCEDURE);

  MemberAdmissionBoardApprovalMissing() {
    super(DEFINITION);
  }

  @Override
  void judge(AdmissionIndex index, CheckContext context, Outcome.Builder outcome) {
    index.forEachAdmitted(context.asOf(), outcome, (i, member, found, application, statute) -> {
      if (application == null || !statute.isBoardApprovalRequired()) {
        return;
      }
      outcome.checked();
      if (!Admissions.approvedBy(application, statute, context.asOf())) {
        outcome.add(Finding.builder(this, Pointer.to("applications", found))
            .citation(Clauses.citeWithLaw(statute, StatuteParameter.ADMISSION_PROCEDURE))
            .fact("member", member.getId())
            .fact("application", application.getId())
            .fact("decision", application.getDecision()
                .map(decision -> Message.builtIn("value.decision",
                    Map.of("outcome", decision.getOutcome(), "date", decision.getDate())))
                .orElse(Message.builtIn("value.noDecision", Map.of())))
            .fact("start", member.getStart())
            .build());
      }
    });
  }
}
