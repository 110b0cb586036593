package de.nextnetz.rules.assembly;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.event.GeneralAssembly;
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
 * Every member on the day the invitation was sent was invited, also those without a vote (case law,
 * e.g. an associated member that is a member in law). An invitation without recorded recipients
 * leaves the rule undecided.
 */
final class MvInvitationNotAllMembers extends AssemblyRule {

  private static final Citation CITATION = Citation.of("§ 32 Abs. 1 BGB (Berufung der Versammlung der Mitglieder)");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MV_INVITATION_NOT_ALL_MEMBERS", Severity.ERROR, CITATION);

  MvInvitationNotAllMembers() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome) {
    Optional<Invitation> invitation = invitation(assembly, path, context, outcome);
    if (invitation.isEmpty()) {
      return;
    }
    if (invitation.get().getRecipients().isEmpty()) {
      outcome.missing(path + "/invitation/recipients");
      return;
    }
    outcome.checked();
    Set<String> invited = Set.copyOf(invitation.get().getRecipients());
    List<de.nextnetz.domain.membership.Member> members = association.membersOn(invitation.get().getDispatchedOn());
    // Named by name; the member's id is added only where two members of the day share a name.
    java.util.Map<String, Long> sameName = members.stream()
        .collect(java.util.stream.Collectors.groupingBy(de.nextnetz.domain.membership.Member::getName,
            java.util.stream.Collectors.counting()));
    List<String> uninvited = members.stream()
        .filter(member -> !invited.contains(member.getId()))
        .map(member -> sameName.getOrDefault(member.getName(), 1L) > 1 ? member.getName() + " (" + member.getId() + ")"
            : member.getName())
        .toList();
    if (!uninvited.isEmpty()) {
      outcome.add(Finding.builder(this, path + "/invitation/recipients")
          .fact("assembly", assembly.getDate())
          .fact("uninvited", uninvited.size())
          .param("names", String.join(", ", uninvited.subList(0, Math.min(5, uninvited.size())))
              + (uninvited.size() > 5 ? ", …" : ""))
          .build());
    }
  }
}
