package de.nextnetz.rules.board;

import de.nextnetz.rules.law.LawChange;
import de.nextnetz.rules.law.LawChanges;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.util.Map;

/**
 * The board must be re-elected within the term the statute sets ({@code reElectionWithin}, e.g. two years
 * after the last election).
 * Citation: the clause of the statute version that sets the term ({@code clauses} with {@code BOARD_TERM},
 * else the version's source), as {@code BoardCitations} takes it from the association's data; the period ends with the day that
 * corresponds to the election day (§§ 187 Abs. 1, 188 Abs. 2 BGB), or the month's last day where
 * that day is missing (§ 188 Abs. 3 BGB). Elected 21 Nov 2024: on time through 21 Nov 2026,
 * overdue from 22 Nov 2026; elected 29 Feb 2024: due 28 Feb 2026.
 *
 * <p>An ERROR without a continuation clause (the office ended with the term, so the association
 * has no board), a WARNING with one (the board stays in office, the statute is breached), and a WARNING as well
 * while the COVID rule kept a board in office whose term ended from 28 March 2020 to 31 August 2022
 * ({@link LawChanges#COVID_BOARD_CONTINUATION}, judged on days up to 31 August 2022). Unknown
 * when no election on or before the day is recorded.
 */
final class BoardElectionOverdue extends BoardTermRule {

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("BOARD_ELECTION_OVERDUE", Severity.ERROR, BoardCitations.TERM_RULE);

  BoardElectionOverdue() {
    super(DEFINITION);
  }

  @Override
  Outcome check(Association association, CheckContext context, Elections.Term term) {
    StatuteVersion statute = context.statute();
    LocalDate last = term.lastElection();
    LocalDate due = term.dueBy();
    Citation decided = BoardCitations.term(statute);
    Outcome.Builder outcome = Outcome.builder(DEFINITION.id()).checked()
        .deadline(new Deadline(due, DEFINITION.id(), decided, "/board",
            Message.builtIn("deadline.BOARD_ELECTION_OVERDUE", Map.of("lastElection", last, "dueBy", due)),
            due.isBefore(context.asOf())));
    if (context.asOf().isAfter(due)) {
      boolean continues = statute.isContinuationClause();
      LawChange covid = LawChanges.COVID_BOARD_CONTINUATION;
      boolean byLaw = !continues && covid.inForceOn(due) && covid.inForceOn(context.asOf());
      outcome.add(Finding.builder(this, continues || byLaw ? Severity.WARNING : Severity.ERROR, "/board")
          .citation(byLaw ? new Citation(decided.source() + "; " + covid.citation().source(), covid.citation().quote())
              : decided)
          .fact("lastElection", last)
          .fact("reElectionWithin", statute.getReElectionWithin())
          .fact("dueBy", due)
          .fact("counting", statute.reElectionCounting())
          .fact("asOf", context.asOf())
          .fact("continuationClause", continues)
          .param("until", covid.until().orElse(due))
          .messageKey(continues ? "BOARD_ELECTION_OVERDUE.continues"
              : byLaw ? "BOARD_ELECTION_OVERDUE.covid" : "BOARD_ELECTION_OVERDUE.message")
          .dueDate(due)
          .build());
    }
    return outcome.build();
  }
}
