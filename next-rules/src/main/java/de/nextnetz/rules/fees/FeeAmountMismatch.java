package de.nextnetz.rules.fees;

import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.statute.Fee;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.MemberRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Optional;

/**
 * A member's annual fee is the one the statute (or fee schedule) sets for its kind of membership.
 * Citation: the statute version's clause for {@code FEES} (else its source), § 58 Nr. 2 BGB. A WARNING per member
 * on the day whose recorded fee differs; members or kinds without a known fee are not checked.
 */
final class FeeAmountMismatch extends MemberRule {

  private static final Citation CITATION = Citation.of("Satzung (Beitragsordnung); § 58 Nr. 2 BGB");

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("FEE_AMOUNT_MISMATCH", Severity.WARNING, CITATION);

  FeeAmountMismatch() {
    super(DEFINITION);
  }

  @Override
  protected void check(Member member, int index, CheckContext context, Outcome.Builder outcome) {
    if (member.getAnnualFee().isEmpty() || !member.isMemberOn(context.asOf())) {
      return;
    }
    Optional<Fee> set = context.statute().feeFor(member.getKind());
    if (set.isEmpty()) {
      return;
    }
    Money fee = set.get().getAnnualAmount();
    outcome.checked();
    Money recorded = member.getAnnualFee().get();
    if (!recorded.equals(fee)) {
      outcome.add(Finding.builder(this, path(index) + "/annualFee")
            .citation(Clauses.citeWithLaw(context.statute(), StatuteParameter.FEES))
          .fact("member", member.getId())
          .fact("kind", member.getKind())
          .fact("fee", recorded)
          .fact("statuteFee", fee)
          .build());
    }
  }
}
