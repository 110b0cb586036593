package de.nextnetz.rules.assembly;

import java.time.LocalDate;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.rules.law.Majority;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.assembly.ResolutionResult;
import de.nextnetz.domain.assembly.Votes;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import java.util.Optional;
import java.util.Set;

/**
 * A rule that judges whether resolutions of some kinds reached the majority their kind needs
 * under the statute version of the assembly's day ({@link AssemblyLaw#majority}), with votes cast
 * in breach of § 34 BGB taken out. A resolution without counted votes is unknown, never passed or
 * failed by default; one that failed is a finding unless the minutes record it as rejected.
 */
abstract class MajorityRule extends ResolutionRule {

  private final Set<ResolutionKind> kinds;

  MajorityRule(RuleDefinition definition, Set<ResolutionKind> kinds) {
    super(definition);
    this.kinds = Set.copyOf(kinds);
  }

  @Override
  final void check(Association association, GeneralAssembly assembly, Resolution resolution, String path,
      CheckContext context, Outcome.Builder outcome) {
    if (!kinds.contains(resolution.getKind())) {
      return;
    }
    Optional<StatuteVersion> governing = Statutes.governing(association, assembly.getDate(), outcome);
    if (governing.isEmpty()) {
      return;
    }
    StatuteVersion statute = governing.get();
    AssemblyLaw.Provision<Majority> majority = AssemblyLaw.majority(resolution.getKind(), statute);
    Optional<Votes> votes = resolution.getVotes();
    if (votes.isEmpty()) {
      outcome.missing(path + "/votes");
      return;
    }
    outcome.checked();
    Votes counted = AssemblyLaw.counted(votes.get(), resolution);
    if (majority.value().kind() == Majority.Kind.ALL_MEMBERS) {
      checkConsent(association, assembly, resolution, path, counted, context.asOf(), outcome);
      return;
    }
    boolean met = majority.value().isMetBy(counted, assembly.getPresentVoters().orElse(0));
    if (!met && resolution.getRecordedResult().orElse(ResolutionResult.ADOPTED) == ResolutionResult.ADOPTED) {
      outcome.add(Finding.builder(this, defaultSeverity(), path)
          .citation(majority.citation())
          .param("resolution", resolution.getSubject())
          .fact("assembly", assembly.getDate())
          .fact("yes", counted.getYes())
          .fact("no", counted.getNo())
          .fact("abstain", counted.getAbstain())
          .fact("required", AssemblyLaw.describe(majority.value()))
          .messageKey("resolution.majorityFailed")
          .build());
    }
  }

  /**
   * Judges a resolution that needs the consent of all members; only the purpose change does.
   *
   * @param association the association
   * @param assembly the assembly
   * @param resolution the resolution
   * @param path its JSON Pointer
   * @param counted the votes that count
   * @param asOf the day of the check: consents given later do not count yet
   * @param outcome the outcome being built
   */
  void checkConsent(Association association, GeneralAssembly assembly, Resolution resolution, String path,
      Votes counted, LocalDate asOf, Outcome.Builder outcome) {
    throw new IllegalStateException(id() + " judges no resolution that needs the consent of all members");
  }
}
