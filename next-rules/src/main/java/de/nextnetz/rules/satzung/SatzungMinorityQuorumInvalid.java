package de.nextnetz.rules.satzung;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.statute.Fraction;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.rules.StatuteRule;
import java.util.Optional;

/**
 * The Satzung's share of members that may demand an assembly keeps the minority right: one half or
 * more takes it away (ERROR); more than one tenth is a WARNING, as the prevailing view accepts 20 to
 * 25 % (BayObLG 3Z BR 100/01, OLG Celle 20 W 17/10) while PWW holds one tenth the most.
 */
final class SatzungMinorityQuorumInvalid extends DefinedRule<Association> implements StatuteRule {

  private static final Citation CITATION = Citation.of("§ 37 Abs. 1 BGB; OLG Celle 20 W 17/10");

  static final RuleDefinition DEFINITION = RuleDefinition.of("SATZUNG_MINORITY_QUORUM_INVALID", Severity.ERROR, CITATION);

  SatzungMinorityQuorumInvalid() {
    super(DEFINITION);
  }
  @Override
  public Outcome check(Association association, CheckContext context) {
    Optional<Fraction> quorum = context.statute().getMinorityQuorum();
    if (quorum.isEmpty() || quorum.get().compareTo(Fraction.ONE_TENTH) <= 0) {
      return Outcome.satisfied(DEFINITION.id());
    }
    boolean removed = AssemblyLaw.minorityQuorumVoid(context.statute());
    return Outcome.violated(Finding.builder(this, removed ? Severity.ERROR : Severity.WARNING, "/statute")
        .fact("quorum", quorum.get())
        .messageKey(removed ? "SATZUNG_MINORITY_QUORUM_INVALID.message" : "SATZUNG_MINORITY_QUORUM_INVALID.high")
        .build());
  }
}
