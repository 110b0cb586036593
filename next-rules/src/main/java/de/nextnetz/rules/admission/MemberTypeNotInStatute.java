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
 * Every member on the day has a kind of membership that the statute knows. Citation: § 58 Nr. 1
 * BGB with the statute's kinds (NExT: personal, institutional, associated; activity report 2024,
 * section 1.2 and Wiesbaden's resolution Nr. 0057). An ERROR per member of another kind.
 */
public final class MemberTypeNotInStatute implements StatuteRule {

  /** {@code MEMBER_TYPE_NOT_IN_SATZUNG}. */
  public static final RuleId ID = RuleId.of("MEMBER_TYPE_NOT_IN_SATZUNG");

  private static final Citation CITATION = Citation.of(
      "§ 58 Nr. 1 BGB; Satzung NExT e. V. (Tätigkeitsbericht 2024, Abschnitt 1.2)",
      "Die Satzung soll Bestimmungen enthalten über den Eintritt und Austritt der Mitglieder.");

  /** Creates the rule. */
  public MemberTypeNotInStatute() {}

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
    return CITATION;
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(ID);
    List<Member> members = association.getMembers();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      if (!member.isMemberOn(context.asOf())) {
        continue;
      }
      outcome.checked();
      if (!context.statute().getMembershipKinds().contains(member.getKind())) {
        outcome.add(Finding.builder(this, Severity.ERROR, Pointer.to("members", i, "kind"))
            .fact("member", member.getId())
            .fact("kind", member.getKind())
            .fact("statuteKinds", context.statute().getMembershipKinds())
            .build());
      }
    }
    return outcome.build();
  }
}
