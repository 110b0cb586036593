package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.dues.Dues;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;

/**
 * An association that collects dues by direct debit needs a creditor identifier (Gläubiger-Identifikationsnummer,
 * issued by the Deutsche Bundesbank): an ERROR where a member on the day pays by direct debit and the dues record
 * none. Not applicable where no member pays by direct debit.
 */
final class SepaCreditorIdMissing extends DefinedRule<Association> implements StatuteRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("SEPA_CREDITOR_ID_MISSING", Severity.ERROR,
      Citation.of("EPC SEPA Core Direct Debit Rulebook; Deutsche Bundesbank (Gläubiger-Identifikationsnummer)"));

  SepaCreditorIdMissing() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    long debtors = association.getMembers().stream()
        .filter(member -> member.isMemberOn(context.asOf()))
        .filter(Member::paysByDirectDebit)
        .count();
    if (debtors == 0) {
      return Outcome.notApplicable(id());
    }
    Outcome.Builder outcome = Outcome.builder(id()).checked();
    if (association.getDues().flatMap(Dues::getCreditorId).isEmpty()) {
      outcome.add(Finding.builder(this, association.getDues().isPresent() ? "/dues" : "")
          .fact("debtors", debtors)
          .build());
    }
    return outcome.build();
  }
}
