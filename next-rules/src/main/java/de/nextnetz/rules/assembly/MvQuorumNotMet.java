package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.AssemblyLaw;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.Fraction;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Optional;

/**
 * Where the Satzung sets a quorum, enough voting members were present: present × d ≥ members × n
 * for a quorum n/d of the members on the day. The BGB sets none: where the Satzung is silent, a
 * properly called assembly decides with any attendance and the rule does not apply. An attendance above the
 * number of members on the day is an ERROR whatever the Satzung says: every count rests on it.
 */
final class MvQuorumNotMet extends AssemblyRule {

  private static final Citation CITATION = Citation.of("Satzung (Beschlussfähigkeit); the BGB sets no quorum");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MV_QUORUM_NOT_MET", Severity.ERROR, CITATION);

  MvQuorumNotMet() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome) {
    if (!heldBy(assembly, context)) {
      return;
    }
    Optional<StatuteVersion> governing = Statutes.governing(association, assembly.getDate(), outcome);
    if (governing.isEmpty()) {
      return;
    }
    StatuteVersion statute = governing.get();
    Optional<Fraction> quorum = statute.getQuorum();
    Optional<Integer> present = assembly.getPresentVoters();
    int members = AssemblyLaw.votingMembersOn(association, statute, assembly.getDate());
    if (present.isPresent() && present.get() > members) {
      // More present than members: the attendance every count rests on is wrong, quorum or not.
      outcome.checked().add(Finding.builder(this, path + "/presentVoters")
          .citation(Citation.of("§ 32 Abs. 1 BGB (Versammlung der Mitglieder)"))
          .fact("assembly", assembly.getDate())
          .fact("present", present.get())
          .fact("members", members)
          .messageKey("MV_QUORUM_NOT_MET.impossible")
          .build());
      return;
    }
    if (quorum.isEmpty()) {
      return;
    }
    if (present.isEmpty()) {
      outcome.missing(path + "/presentVoters");
      return;
    }
    outcome.checked();
    if (!quorum.get().isReachedBy(present.get(), members)) {
      outcome.add(Finding.builder(this, path + "/presentVoters")
          .citation(Clauses.cite(statute, StatuteParameter.QUORUM, true))
          .fact("assembly", assembly.getDate())
          .fact("present", present.get())
          .fact("members", members)
          .fact("quorum", quorum.get())
          .fact("needed", quorum.get().leastPartOf(members))
          .build());
    }
  }
}
