package de.nextnetz.rules.admission;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.util.List;
import java.util.OptionalInt;

/**
 * A member admitted through the procedure was approved by the board.
 * <blockquote>Die Mitgliedschaft entsteht auf Antrag und Prüfung durch mind. zwei
 * Mitglieder und Freigabe durch den Vorstand.</blockquote>
 * Citation: NExT statute, activity report 2024, section 1.2. An ERROR per member whose application
 * has no approval by the day of the check (none, a rejection, or one dated later). Members without
 * application are left to {@link MemberAdmissionApplicationMissing}.
 */
public final class MemberAdmissionBoardApprovalMissing implements StatuteRule {

  /** {@code MEMBER_ADMISSION_BOARD_APPROVAL_MISSING}. */
  public static final RuleId ID = RuleId.of("MEMBER_ADMISSION_BOARD_APPROVAL_MISSING");

  /** Creates the rule. */
  public MemberAdmissionBoardApprovalMissing() {}

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
    List<Member> members = association.getMembers();
    for (Member member : members) {
      if (!Admissions.admittedByProcedure(member, context.statute(), context.asOf())) {
        continue;
      }
      OptionalInt found = index.applicationOf(member);
      if (found.isEmpty()) {
        continue;
      }
      outcome.checked();
      Application application = association.getApplications().get(found.getAsInt());
      if (!Admissions.approvedBy(application, context.statute(), context.asOf())) {
        outcome.add(Finding.builder(this, Severity.ERROR, Pointer.to("applications", found.getAsInt()))
            .fact("member", member.getId())
            .fact("application", application.getId())
            .fact("decision", application.getDecision()
                .map(decision -> decision.getOutcome() + " " + decision.getDate()).orElse("-"))
            .fact("start", member.getStart())
            .build());
      }
    }
    return outcome.build();
  }
}
