package de.nextnetz.rules.admission;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.DecisionOutcome;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.Citation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** What the admission rules share: which members and applications they look at. */
final class Admissions {

  static final Citation PROCEDURE = Citation.nextStatute("1.2",
      "Die Mitgliedschaft entsteht auf Antrag und Prüfung durch mind. zwei Mitglieder und Freigabe"
          + " durch den Vorstand.");

  private Admissions() {}

  /** A member admitted through the procedure by the day: started, not founding, of a kind that applies. */
  static boolean admittedByProcedure(Member member, StatuteVersion statute, LocalDate day) {
    return !member.isFounding() && !member.getStart().isAfter(day)
        && statute.getAdmissionProcedureKinds().contains(member.getKind());
  }

  /** Look-ups by identifier over one association, built once per check (linear, not quadratic). */
  static final class Index {
    private final Map<String, Integer> applicationById = new HashMap<>();
    private final Map<String, Integer> applicationByMember = new HashMap<>();
    private final Map<String, Member> memberById = new HashMap<>();

    Index(Association association) {
      List<Application> applications = association.getApplications();
      for (int i = 0; i < applications.size(); i++) {
        applicationById.putIfAbsent(applications.get(i).getId(), i);
        int index = i;
        applications.get(i).getMemberId().ifPresent(member -> applicationByMember.putIfAbsent(member, index));
      }
      for (Member member : association.getMembers()) {
        memberById.putIfAbsent(member.getId(), member);
      }
    }

    /** The index of the member's application: the one it names, else one that names the member. */
    OptionalInt applicationOf(Member member) {
      Integer index = member.getApplicationId().isPresent()
          ? applicationById.get(member.getApplicationId().get())
          : applicationByMember.get(member.getId());
      return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The member with an identifier (the first, if several share it). */
    Optional<Member> member(String id) {
      return Optional.ofNullable(memberById.get(id));
    }
  }

  /** An application the board approved on or before the day, of a kind the procedure applies to. */
  static boolean approvedBy(Application application, StatuteVersion statute, LocalDate day) {
    return statute.getAdmissionProcedureKinds().contains(application.getKind())
        && application.getDecision()
            .filter(decision -> decision.getOutcome() == DecisionOutcome.APPROVED)
            .filter(decision -> !decision.getDate().isAfter(day))
            .isPresent();
  }
}
