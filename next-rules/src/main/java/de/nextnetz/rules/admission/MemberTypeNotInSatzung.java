package de.nextnetz.rules.admission;

import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.MemberRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/**
 * Every member on the day has a kind of membership that the statute knows. Citation: § 58 Nr. 1
 * BGB with the statute's kinds ({@code membershipKinds}, cited by its clause for {@code MEMBERSHIP_KINDS},
 * else its source). An ERROR per member of another kind.
 */
final class MemberTypeNotInSatzung extends MemberRule {

  private static final Citation CITATION = Citation.of("Satzung (Mitgliedsarten); § 58 Nr. 1 BGB",
      "Die Satzung soll Bestimmungen enthalten über den Eintritt und Austritt der Mitglieder.");

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MEMBER_TYPE_NOT_IN_SATZUNG", Severity.ERROR, CITATION);

  MemberTypeNotInSatzung() {
    super(DEFINITION);
  }

  @Override
  protected void check(Member member, int index, CheckContext context, Outcome.Builder outcome) {

    if (!member.isMemberOn(context.asOf())) {
      return;
    }
    outcome.checked();
    if (!context.statute().getMembershipKinds().contains(member.getKind())) {
      outcome.add(Finding.builder(this, path(index) + Pointer.to("kind"))
            .citation(Clauses.citeWithLaw(context.statute(), StatuteParameter.MEMBERSHIP_KINDS))
          .fact("member", member.getId())
          .fact("kind", member.getKind())
          .fact("statuteKinds", context.statute().getMembershipKinds())
          .build());
    }
  }
}
