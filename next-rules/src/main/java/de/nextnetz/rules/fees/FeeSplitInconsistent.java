package de.nextnetz.rules.fees;

import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.MemberRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Optional;

/**
 * The cost shares of a fee sum to the fee, to the cent.
 * <blockquote>der jährliche Mitgliedsbeitrag in Höhe von 1.000 € [wird] hälftig aus dem
 * Budget der Dezernate VII und II finanziert</blockquote>
 * Citation: the member's resolution that splits the fee (for a municipality, its council's). An ERROR per
 * member on the day whose shares do not sum to its annual fee (or who has shares but no fee).
 */
final class FeeSplitInconsistent extends MemberRule {

  private static final Citation CITATION = Citation.of(
      "Beschluss des Mitglieds über die Aufteilung seines Beitrags (bei einer Kommune: Beschluss der Vertretung)");

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("FEE_SPLIT_INCONSISTENT", Severity.ERROR, CITATION);

  FeeSplitInconsistent() {
    super(DEFINITION);
  }

  @Override
  protected void check(Member member, int index, CheckContext context, Outcome.Builder outcome) {

    if (!member.isMemberOn(context.asOf()) || member.getCostShares().isEmpty()) {
      return;
    }
    outcome.checked();
    Money fee = member.getAnnualFee().orElse(Money.ofCents(0, Money.EUR));
    Optional<Money> sum = CostShare.total(member.getCostShares(), fee.currency());
    if (sum.isEmpty() || !sum.get().equals(fee) || member.getAnnualFee().isEmpty()) {
      outcome.add(Finding.builder(this, path(index) + Pointer.to("costShares"))
          .fact("member", member.getId())
          .fact("fee", member.getAnnualFee())
          .fact("sharesSum", sum)
          .fact("difference", sum.map(fee::minus))
          .build());
    }
  }
}
