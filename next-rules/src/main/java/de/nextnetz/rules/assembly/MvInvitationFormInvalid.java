package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.AssemblyLaw;

import de.nextnetz.domain.statute.FormRequirement;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The invitation was sent in a form the Satzung allows ({@code invitationForms}, e.g. letter or
 * e-mail); where the Satzung sets no form, any form counts. The finding cites the Satzung's clause.
 */
final class MvInvitationFormInvalid extends AssemblyRule {

  private static final Citation CITATION = Citation.of("§ 58 Nr. 4 BGB; Satzung (Form der Einberufung)");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MV_INVITATION_FORM_INVALID", Severity.ERROR, CITATION);

  MvInvitationFormInvalid() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome) {
    Optional<Invitation> invitation = invitation(assembly, path, context, outcome);
    if (invitation.isEmpty()) {
      return;
    }
    Optional<StatuteVersion> governing = Statutes.governing(association, assembly.getDate(), outcome);
    if (governing.isEmpty()) {
      return;
    }
    StatuteVersion statute = governing.get();
    outcome.checked();
    Set<DeclarationForm> allowed = statute.getInvitationForms();
    if (!allowed.isEmpty() && !allowed.contains(invitation.get().getForm())) {
      outcome.add(Finding.builder(this, path + "/invitation/form")
          .citation(Clauses.cite(statute, StatuteParameter.INVITATION_FORMS, true))
          .fact("assembly", assembly.getDate())
          .fact("form", invitation.get().getForm())
          .fact("allowedForms", List.copyOf(allowed))
          .build());
    }
    Optional<AssemblyLaw.Provision<FormRequirement>> required = AssemblyLaw.invitationForm(statute);
    if (required.isPresent() && !invitation.get().getForm().satisfies(required.get().value())) {
      outcome.add(Finding.builder(this, path + "/invitation/form")
          .citation(required.get().citation())
          .fact("assembly", assembly.getDate())
          .fact("form", invitation.get().getForm())
          .fact("required", required.get().value())
          .messageKey("MV_INVITATION_FORM_INVALID.requirement")
          .build());
    }
  }
}
