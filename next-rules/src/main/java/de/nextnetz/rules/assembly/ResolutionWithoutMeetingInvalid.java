package de.nextnetz.rules.assembly;

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
import de.nextnetz.rules.law.AssemblyLaw;
import java.util.Optional;

/**
 * A resolution taken without a meeting ({@code WRITTEN}) is valid only where every member agreed (§ 32 Abs. 3 BGB);
 * under the COVID rule, from 28 March 2020 to 31 August 2022, where at least half of the members voted (§ 5 Abs. 3
 * GesRuaCOVBekG), the majority then judged as at a meeting. An ERROR otherwise: the resolution is void.
 */
final class ResolutionWithoutMeetingInvalid extends ResolutionRule {

  private static final Citation CITATION = Citation.of("§ 32 Abs. 3 BGB; § 5 Abs. 3 GesRuaCOVBekG");

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("RESOLUTION_WITHOUT_MEETING_INVALID", Severity.ERROR, CITATION);

  ResolutionWithoutMeetingInvalid() {
    super(DEFINITION);
  }

  @Override
  void check(Association association, GeneralAssembly assembly, Resolution resolution, String path,
      CheckContext context, Outcome.Builder outcome) {
    if (assembly.isMeeting()) {
      return;
    }
    Optional<Votes> votes = resolution.getVotes();
    if (votes.isEmpty()) {
      outcome.missing(path + "/votes");
      return;
    }
    outcome.checked();
    Votes counted = AssemblyLaw.counted(votes.get(), resolution);
    int members = association.membersOn(assembly.getDate()).size();
    AssemblyLaw.Provision<Boolean> half = AssemblyLaw.writtenResolutions(assembly.getDate());
    boolean valid = half.value() ? 2L * counted.total() >= members : counted.getYes() >= members;
    if (!valid) {
      outcome.add(Finding.builder(this, path + "/votes")
          .citation(half.citation())
          .param("resolution", resolution.getSubject())
          .fact("assembly", assembly.getDate())
          .fact("members", members)
          .fact("yes", counted.getYes())
          .fact("votes", counted.total())
          .messageKey(half.value() ? "RESOLUTION_WITHOUT_MEETING_INVALID.covid" : "RESOLUTION_WITHOUT_MEETING_INVALID.message")
          .build());
    }
  }
}
