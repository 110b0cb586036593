package de.nextnetz.rules.board;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * The next planned general assembly falls after the deadline for re-electing the board, so the
 * board would be elected too late unless the assembly moves or an extraordinary one is called.
 * Citation: the clause of the statute version that sets the board's term, from the association's data
 * (the election takes place in a general assembly). A WARNING;
 * unknown when no assembly is planned after the day of the check; not applicable once the
 * deadline has passed ({@link BoardElectionOverdue} reports that).
 */
final class BoardElectionDeadlineBeforeNextMv extends BoardTermRule {

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("BOARD_ELECTION_DEADLINE_BEFORE_NEXT_MV", Severity.WARNING, BoardCitations.TERM_RULE);

  BoardElectionDeadlineBeforeNextMv() {
    super(DEFINITION);
  }

  @Override
  Outcome check(Association association, CheckContext context, Elections.Term term) {
    LocalDate due = term.dueBy();
    if (context.asOf().isAfter(due)) {
      return Outcome.notApplicable(DEFINITION.id());
    }
    List<GeneralAssembly> assemblies = association.getGeneralAssemblies();
    int next = association.nextPlannedAssembly(context.asOf()).map(assemblies::indexOf).orElse(-1);
    if (next < 0) {
      return Outcome.unknown(DEFINITION.id(), "/generalAssemblies (PLANNED, ≥ " + context.asOf() + ")");
    }
    LocalDate planned = assemblies.get(next).getDate();
    if (!planned.isAfter(due)) {
      return Outcome.satisfied(DEFINITION.id());
    }
    return Outcome.violated(Finding.builder(this, Pointer.to("generalAssemblies", next))
        .citation(BoardCitations.term(context.statute()))
        .fact("lastElection", term.lastElection())
        .fact("dueBy", due)
        .fact("counting", context.statute().reElectionCounting())
        .fact("nextAssembly", planned)
        .dueDate(due)
        .build());
  }
}
