package de.nextnetz.rules.assembly;

import de.nextnetz.domain.assembly.Invitation;

import java.time.LocalDate;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Convener;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The assembly was called by the board in representative strength (as many board members as the
 * Satzung's representation clause asks for, else a majority of the board, § 26 Abs. 2 Satz 1 BGB), judged
 * against the board in the sense of § 26 BGB in office on the day the invitation went out (its seats over time,
 * {@code Board.representativesOn}), not against today's board,
 * or by members the register court authorised, with reference to that authorisation (§ 37 Abs. 2
 * Satz 3 BGB). Anyone else cannot call it; all its resolutions are at risk.
 */
final class MvConvenedByUnauthorised extends AssemblyRule {

  private static final Citation CITATION = Citation.of("§§ 26, 37 Abs. 2 BGB; Satzung");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MV_CONVENED_BY_UNAUTHORISED", Severity.ERROR, CITATION);

  MvConvenedByUnauthorised() {
    super(DEFINITION);
  }
  @Override
  void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome) {
    Optional<Convener> convener = assembly.getConvener();
    if (convener.isEmpty()) {
      if (heldBy(assembly, context)) {
        outcome.missing(path + "/convener");
      }
      return;
    }
    outcome.checked();
    Optional<StatuteVersion> governing = Statutes.governing(association, assembly.getDate(), outcome);
    if (governing.isEmpty()) {
      return;
    }
    StatuteVersion statute = governing.get();
    switch (convener.get().getKind()) {
      case BOARD -> {
        // The board in office when the invitation went out (§ 26 BGB board), not today's.
        LocalDate called = assembly.getInvitation().map(Invitation::getDispatchedOn).orElse(assembly.getDate());
        Set<String> board = new HashSet<>();
        association.getBoard().representativesOn(called).forEach(seat -> board.add(seat.getPerson().getId()));
        long signed = convener.get().getSigners().stream().filter(board::contains).distinct().count();
        AssemblyLaw.Provision<Integer> needed = AssemblyLaw.boardRepresentation(statute, board.size());
        if (signed < needed.value()) {
          outcome.add(Finding.builder(this, path + "/convener")
              .citation(needed.citation())
              .fact("assembly", assembly.getDate())
              .fact("boardSigners", signed)
              .fact("required", needed.value())
              .build());
        }
      }
      case COURT_AUTHORISED_MEMBERS -> {
        if (convener.get().getCourtAuthorisation().isEmpty()) {
          outcome.add(Finding.builder(this, path + "/convener")
              .citation(Citation.of("§ 37 Abs. 2 Satz 3 BGB"))
              .fact("assembly", assembly.getDate())
              .messageKey("MV_CONVENED_BY_UNAUTHORISED.court")
              .build());
        }
      }
      case OTHER -> outcome.add(Finding.builder(this, path + "/convener")
          .fact("assembly", assembly.getDate())
          .messageKey("MV_CONVENED_BY_UNAUTHORISED.other")
          .build());
    }
  }
}
