package de.nextnetz.rules.admission;

import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.BoardDecision;
import de.nextnetz.domain.membership.DecisionOutcome;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.Citation;
import java.time.LocalDate;

/** What the admission rules share: the clause, and which members and applications they look at. */
final class Admissions {

  /** The catalogue's citation: the Satzung's clause on admission (its findings cite the clause itself). */
  static final Citation PROCEDURE = Citation.of("Satzung (Aufnahmeverfahren); § 58 Nr. 1 BGB");

  private Admissions() {}

  /** A member admitted through the procedure by the day: started, not founding, of a kind that applies. */
  static boolean admittedByProcedure(Member member, StatuteVersion statute, LocalDate day) {
    return !member.isFounding() && !member.getStart().isAfter(day)
        && statute.getAdmissionProcedureKinds().contains(member.getKind());
  }

  /** An application the board approved on or before the day, of a kind the procedure applies to. */
  static boolean approvedBy(Application application, StatuteVersion statute, LocalDate day) {
    if (application.getDecision().isEmpty() || !statute.getAdmissionProcedureKinds().contains(application.getKind())) {
      return false;
    }
    BoardDecision decision = application.getDecision().get();
    return decision.getOutcome() == DecisionOutcome.APPROVED && !decision.getDate().isAfter(day);
  }
}
