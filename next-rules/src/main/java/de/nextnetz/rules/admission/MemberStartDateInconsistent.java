package de.nextnetz.rules.admission;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * A membership begins with the board's approval, so its recorded start is not earlier. Citation:
 * NExT statute, activity report 2024, section 1.2. A WARNING, since admission with retroactive
 * effect is possible in law (BGH NZG 2015, 713).
 */
public final class MemberStartDateInconsistent implements StatuteRule {

  /** {@code MEMBER_START_DATE_INCONSISTENT}. */
  public static final RuleId ID = RuleId.of("MEMBER_START_DATE_INCONSISTENT");

  /** Creates the rule. */
  public MemberStartDateInconsistent() {}

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
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
      OptionalInt found = index.applicationOf(member);
      if (found.isEmpty()) {
        continue;
      }
      Application application = association.getApplications().get(found.getAsInt());
      if (!Admissions.approvedBy(application, context.statute(), context.asOf())) {
        continue;
      }
      outcome.checked();
      LocalDate approved = application.getDecision().orElseThrow().getDate();
      if (member.getStart().isBefore(approved)) {
        outcome.add(Finding.builder(this, Severity.WARNING, Pointer.to("members", i, "start"))
            .fact("member", member.getId())
            .fact("start", member.getStart())
            .fact("approved", approved)
            .build());
      }
    }
    return outcome.build();
  }
}
