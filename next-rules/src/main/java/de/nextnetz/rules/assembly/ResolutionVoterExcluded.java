package de.nextnetz.rules.assembly;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.ExcludedVoter;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A member excluded from voting under § 34 BGB (a legal transaction or lawsuit with itself; a
 * board member on its own discharge) did not vote. Mandatory law; the vote is void, and the
 * majority rules count without it.
 */
final class ResolutionVoterExcluded extends ResolutionRule {

  private static final Citation CITATION = Citation.of("§ 34 BGB", "Ein Mitglied ist nicht stimmberechtigt, wenn die Beschlussfassung die Vornahme eines Rechtsgeschäfts mit ihm oder die Einleitung oder Erledigung eines Rechtsstreits zwischen ihm und dem Verein betrifft.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("RESOLUTION_VOTER_EXCLUDED", Severity.ERROR, CITATION);

  ResolutionVoterExcluded() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, Resolution resolution, String path,
      CheckContext context, Outcome.Builder outcome) {
    List<ExcludedVoter> excluded = resolution.getExcludedVoters();
    for (int i = 0; i < excluded.size(); i++) {
      ExcludedVoter voter = excluded.get(i);
      outcome.checked();
      Optional<de.nextnetz.domain.assembly.Vote> vote = voter.getVote();
      if (vote.isPresent()) {
        outcome.add(Finding.builder(this, path + "/excludedVoters/" + i)
            .param("resolution", resolution.getSubject())
            .param("reason", voter.getReason())
            .fact("member", voter.getMemberId())
            .fact("vote", vote.get())
            .build());
      }
    }
  }
}
