package de.nextnetz.rules.admission;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.util.List;

/**
 * Every member admitted through the procedure has a recorded application.
 * <blockquote>Die Mitgliedschaft entsteht auf Antrag und Prüfung durch mind. zwei
 * Mitglieder und Freigabe durch den Vorstand.</blockquote>
 * Citation: NExT statute, activity report 2024, section 1.2. Founders and kinds of membership
 * outside the procedure are not checked. An ERROR per member without application, or whose
 * application id names no recorded application.
 */
public final class MemberAdmissionApplicationMissing implements StatuteRule {

  /** {@code MEMBER_ADMISSION_APPLICATION_MISSING}. */
  public static final RuleId ID = RuleId.of("MEMBER_ADMISSION_APPLICATION_MISSING");

  /** Creates the rule. */
  public MemberAdmissionApplicationMissing() {}

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
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      if (!Admissions.admittedByProcedure(member, context.statute(), context.asOf())) {
        continue;
      }
      outcome.checked();
      if (index.applicationOf(member).isEmpty()) {
        outcome.add(Finding.builder(this, Severity.ERROR, Pointer.to("members", i))
            .fact("member", member.getId())
            .fact("start", member.getStart())
            .fact("applicationId", member.getApplicationId().orElse("-"))
            .build());
      }
    }
    return outcome.build();
  }
}
