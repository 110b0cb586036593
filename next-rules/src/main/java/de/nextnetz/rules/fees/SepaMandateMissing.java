package de.nextnetz.rules.fees;

import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.MemberRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/**
 * A member who pays by direct debit has a signed mandate in force on the day: without it a debit is unauthorised
 * (§ 675j BGB) and the member may reclaim it for 13 months (§ 676b Abs. 2 BGB). One ERROR per member on the day who
 * pays by direct debit without a mandate, with one signed later, or with one revoked.
 */
final class SepaMandateMissing extends MemberRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("SEPA_MANDATE_MISSING", Severity.ERROR,
      Citation.of("§ 675j Abs. 1 BGB; EPC SEPA Core Direct Debit Rulebook"));

  SepaMandateMissing() {
    super(DEFINITION);
  }

  @Override
  protected void check(Member member, int index, CheckContext context, Outcome.Builder outcome) {
    if (!member.paysByDirectDebit() || !member.isMemberOn(context.asOf())) {
      return;
    }
    outcome.checked();
    if (member.getMandate().isEmpty()) {
      outcome.add(Finding.builder(this, path(index)).fact("member", member.getName()).build());
    } else if (!member.getMandate().get().isInForceOn(context.asOf())) {
      Finding.Builder finding = Finding.builder(this, path(index) + "/mandate").fact("member", member.getName())
          .fact("signedOn", member.getMandate().get().getSignedOn());
      member.getMandate().get().getRevokedOn().ifPresent(day -> finding.fact("revokedOn", day));
      outcome.add(finding.messageKey(member.getMandate().get().getRevokedOn().isPresent()
          && !member.getMandate().get().getSignedOn().isAfter(context.asOf())
          ? "SEPA_MANDATE_MISSING.revoked" : "SEPA_MANDATE_MISSING.later").build());
    }
  }
}
