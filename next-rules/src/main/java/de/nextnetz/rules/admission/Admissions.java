package de.nextnetz.rules.admission;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.BoardDecision;
import de.nextnetz.domain.membership.DecisionOutcome;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

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

  /** Look-ups by identifier over one association, built once per check and shared by the admission rules. */
  static final class Index {
    private final Association association;
    private @Nullable Map<String, Integer> applicationById;
    private @Nullable Map<String, Integer> applicationByMember;
    private @Nullable Map<String, Member> memberById;

    private Index(Association association) {
      this.association = association;
    }

    /** The index of a check, shared by the rules of that check. */
    static Index of(Association association, CheckContext context) {
      return context.derived(Index.class, () -> new Index(association));
    }

    /** The index of the member's application: the one it names, else one that names the member. */
    OptionalInt applicationOf(Member member) {
      Integer index = member.getApplicationId().isPresent()
          ? byId().get(member.getApplicationId().get())
          : byMember().get(member.getId());
      return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    private Map<String, Integer> byId() {
      Map<String, Integer> map = applicationById;
      if (map == null) {
        List<Application> applications = association.getApplications();
        map = new HashMap<>(applications.size() * 2);
        for (int i = 0; i < applications.size(); i++) {
          map.putIfAbsent(applications.get(i).getId(), i);
        }
        applicationById = map;
      }
      return map;
    }

    private Map<String, Integer> byMember() {
      Map<String, Integer> map = applicationByMember;
      if (map == null) {
        List<Application> applications = association.getApplications();
        map = new HashMap<>(applications.size() * 2);
        for (int i = 0; i < applications.size(); i++) {
          java.util.Optional<String> member = applications.get(i).getMemberId();
          if (member.isPresent()) {
            map.putIfAbsent(member.get(), i);
          }
        }
        applicationByMember = map;
      }
      return map;
    }

    /** The member with an identifier (the first, if several share it), or {@code null}. */
    @Nullable Member member(String id) {
      if (memberById == null) {
        Map<String, Member> byId = new HashMap<>(association.getMembers().size() * 2);
        for (Member member : association.getMembers()) {
          byId.putIfAbsent(member.getId(), member);
        }
        memberById = byId;
      }
      return memberById.get(id);
    }
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
