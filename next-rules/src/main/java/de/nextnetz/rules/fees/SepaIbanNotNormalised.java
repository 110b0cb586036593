package de.nextnetz.rules.fees;

import de.nextnetz.domain.dues.Iban;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.MemberRule;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;

/**
 * A mandate's IBAN is stored with spaces or in small letters: valid, but a payment file needs the electronic form
 * (ISO 13616), which the library writes; many tools refuse the stored form. One INFO per such mandate; the finding
 * shows only the masked IBAN.
 */
final class SepaIbanNotNormalised extends MemberRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("SEPA_IBAN_NOT_NORMALISED", Severity.INFO,
      Citation.of("ISO 13616-1"));

  SepaIbanNotNormalised() {
    super(DEFINITION);
  }

  @Override
  protected void check(Member member, int index, CheckContext context, Outcome.Builder outcome) {
    if (member.getMandate().isEmpty()) {
      return;
    }
    outcome.checked();
    Iban iban = member.getMandate().get().getIban();
    if (!iban.isNormalised()) {
      outcome.add(Finding.builder(this, path(index) + "/mandate/iban")
          .fact("member", member.getName())
          .fact("iban", iban.masked())
          .build());
    }
  }
}
