package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.LawChanges;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.assembly.Votes;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Optional;

/**
 * The votes on a resolution, abstentions included, do not exceed the voting members present (or,
 * where their number is not recorded, the members on the day); without a meeting, and under the COVID rule that
 * let members vote before the assembly (28 March 2020 to 31 August 2022), the members on the day.
 */
final class ResolutionVotesExceedEligible extends ResolutionRule {

  private static final Citation CITATION = Citation.of("§ 32 Abs. 1 Satz 3 BGB (Stimmen der erschienenen Mitglieder)");

  static final RuleDefinition DEFINITION = RuleDefinition.of("RESOLUTION_VOTES_EXCEED_ELIGIBLE", Severity.ERROR, CITATION);

  ResolutionVotesExceedEligible() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, Resolution resolution, String path,
      CheckContext context, Outcome.Builder outcome) {
    Optional<Votes> votes = resolution.getVotes();
    if (votes.isEmpty()) {
      return;
    }
    outcome.checked();
    Optional<Integer> present = assembly.getPresentVoters();
    int members = association.membersOn(assembly.getDate()).size();
    // Without a meeting every member votes from afar; under the COVID rule members could vote before the
    // assembly without a Satzung basis (§ 5 Abs. 2 Nr. 2 GesRuaCOVBekG), so votes may exceed those present.
    boolean fromAfar = !assembly.isMeeting() || LawChanges.COVID_ASSEMBLIES.inForceOn(assembly.getDate());
    int eligible = fromAfar ? members : present.orElse(members);
    if (votes.get().total() > eligible) {
      outcome.add(Finding.builder(this, path + "/votes")
          .param("resolution", resolution.getSubject())
          .fact("votes", votes.get().total())
          .fact("eligibleVoters", eligible)
          .build());
    }
  }
}
