package de.nextnetz.rules.satzung;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.ExitDeclaration;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.rules.assembly.ReceivedRule;

/**
 * An exit declaration has the form the Satzung asks for ({@code exitForm}; Schriftform set by the
 * Satzung is met by e-mail or fax, § 127 Abs. 2 BGB); where the Satzung sets none, any form counts.
 * In another form the exit does not take effect.
 */
final class MemberExitFormInvalid extends ReceivedRule<ExitDeclaration> {

  private static final Citation CITATION = Citation.of("§ 39 BGB; Satzung (Form des Austritts)");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MEMBER_EXIT_FORM_INVALID", Severity.ERROR, CITATION);

  MemberExitFormInvalid() {
    super(DEFINITION, "exitDeclarations", Association::getExitDeclarations, ExitDeclaration::getReceivedOn);
  }
  @Override
  protected void check(Association association, ExitDeclaration exit, String path, StatuteVersion statute, CheckContext context,
      Outcome.Builder outcome) {
    outcome.checked();
    formMet(exit.getForm(), exit.getReceivedOn(), AssemblyLaw.exitForm(statute), path, outcome, finding -> finding
        .param("member", association.findMember(exit.getMemberId()).map(Member::getName).orElse(exit.getMemberId())));
  }
}
