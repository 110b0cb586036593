package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A mandate reference identifies one mandate of the creditor: an ERROR where two members' mandates share it; a
 * WARNING where it holds a space, which the German banks' format allows since November 2016 but advises against.
 * (A reference over 35 characters or with other characters is refused when the document is read.)
 */
final class SepaMandateReferenceInvalid extends DefinedRule<Association> implements StatuteRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("SEPA_MANDATE_REFERENCE_INVALID", Severity.ERROR,
      Citation.of("EPC SEPA Core Direct Debit Implementation Guidelines; DK-Abkommen Anlage 3"));

  SepaMandateReferenceInvalid() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    Outcome.Builder outcome = Outcome.builder(id());
    Map<String, Member> first = new HashMap<>();
    List<Member> members = association.getMembers();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      if (member.getMandate().isEmpty()) {
        continue;
      }
      outcome.checked();
      Mandate mandate = member.getMandate().get();
      String path = Pointer.to("members", i, "mandate", "reference");
      Member earlier = first.putIfAbsent(mandate.getReference(), member);
      if (earlier != null) {
        outcome.add(Finding.builder(this, path)
            .fact("member", member.getName())
            .fact("reference", mandate.getReference())
            .fact("otherMember", earlier.getName())
            .build());
      }
      if (mandate.getReference().contains(" ")) {
        outcome.add(Finding.builder(this, Severity.WARNING, path)
            .fact("member", member.getName())
            .fact("reference", mandate.getReference())
            .messageKey("SEPA_MANDATE_REFERENCE_INVALID.space")
            .build());
      }
    }
    return outcome.build();
  }
}
