package de.nextnetz.rules.admission;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.BoardDecision;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.SharedLookup;
import de.nextnetz.rules.law.Statutes;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Look-ups of one association by identifier that the admission rules share: the application of a
 * member, the member of an identifier. The engine computes one index per check run ({@link
 * #LOOKUP}) and drops it after the run; its maps are built on first use by the one thread that runs
 * the check, so an index is never shared between runs or threads.
 */
final class AdmissionIndex {

  /** The declaration the admission rules name, so that a run computes one index for all of them. */
  public static final SharedLookup<Association, AdmissionIndex> LOOKUP =
      SharedLookup.of("admissions", AdmissionIndex::new);

  /** What the admission rules do with each member admitted through the procedure. */
  @FunctionalInterface
  interface Visitor {
    /**
     * Visits one admitted member.
     *
     * @param memberIndex the member's position in the association
     * @param member the member
     * @param applicationIndex the position of its application, or -1 if none is recorded
     * @param application its application, or {@code null} if none is recorded
     * @param statute the Satzung version that governs the admission ({@link #actDay})
     */
    void visit(int memberIndex, Member member, int applicationIndex, @Nullable Application application,
        StatuteVersion statute);
  }

  private final Association association;
  private @Nullable Map<String, Integer> applicationById;
  private @Nullable Map<String, Integer> applicationByMember;
  private @Nullable Map<String, Member> memberById;

  /** The last governing version looked up and the days it governs, [from, until): admissions come in runs of days. */
  private @Nullable StatuteVersion lastVersion;
  private LocalDate lastFrom = LocalDate.MAX;
  private LocalDate lastUntil = LocalDate.MIN;

  private AdmissionIndex(Association association) {
    this.association = association;
  }

  /**
   * The Satzung version that governs an act as of the check day ({@link Statutes#governing(Association, LocalDate,
   * LocalDate, Outcome.Builder)}), remembered with the days it governs so that a run over a million admissions looks
   * it up once per version.
   */
  private Optional<StatuteVersion> governing(LocalDate act, LocalDate asOf, Outcome.Builder outcome) {
    StatuteVersion cached = lastVersion;
    // The remembered days answer acts up to the check day; a later act (rare) asks the law room, which clamps it.
    if (cached != null && !act.isAfter(asOf) && !act.isBefore(lastFrom) && act.isBefore(lastUntil)) {
      return Optional.of(cached);
    }
    Optional<StatuteVersion> found = Statutes.governing(association, act, asOf, outcome);
    if (found.isPresent()) {
      // The days the found version governs: from its entry into force (§ 71 BGB) until a later version's.
      LocalDate from = association.statuteInForceFrom(found.get()).orElse(found.get().getValidFrom());
      LocalDate until = LocalDate.MAX;
      for (StatuteVersion version : association.getStatute().getVersions()) {
        if (version.getValidFrom().isAfter(found.get().getValidFrom())) {
          Optional<LocalDate> later = association.statuteInForceFrom(version);
          if (later.isPresent() && later.get().isBefore(until)) {
            until = later.get();
          }
        }
      }
      lastVersion = found.get();
      lastFrom = from;
      lastUntil = until;
    }
    return found;
  }

  /**
   * The day of the act an admission is judged by, whose Satzung version governs it: the board's decision where
   * one is recorded, else the application's day.
   *
   * @param application the application
   * @return the day of the act
   */
  static LocalDate actDay(Application application) {
    return application.getDecision().map(BoardDecision::getDate).orElse(application.getDate());
  }

  /**
   * Visits every member admitted through the procedure by the day (started, not founding, of a
   * kind the procedure applies to), with its application where one is recorded and the Satzung version
   * that governs the admission (in force on the decision, else the application, else the member's start;
   * {@link Statutes#governing}): the one loop of the admission rules. An admission before the first version
   * is named as missing on the outcome and not visited.
   */
  void forEachAdmitted(LocalDate day, Outcome.Builder outcome, Visitor visitor) {
    List<Member> members = association.getMembers();
    List<Application> applications = association.getApplications();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      if (member.isFounding() || member.getStart().isAfter(day)) {
        continue;
      }
      int found = applicationOf(member);
      Application application = found < 0 ? null : applications.get(found);
      Optional<StatuteVersion> statute = governing(application == null ? member.getStart() : actDay(application), day,
          outcome);
      if (statute.isPresent() && Admissions.admittedByProcedure(member, statute.get(), day)) {
        visitor.visit(i, member, found, application, statute.get());
      }
    }
  }

  /** What the admission rules do with each accepted application. */
  @FunctionalInterface
  interface ApplicationVisitor {
    /**
     * Visits one accepted application.
     *
     * @param index the application's position in the association
     * @param application the application
     * @param statute the Satzung version that governs it ({@link #actDay})
     */
    void visit(int index, Application application, StatuteVersion statute);
  }

  /**
   * Visits every application accepted by the day ({@link #accepted}) under the Satzung version that governs it
   * (in force on the board's decision, else on the application's day): the other loop of the admission rules.
   * An application before the first version is named as missing on the outcome and not visited.
   */
  void forEachAccepted(LocalDate day, Outcome.Builder outcome, ApplicationVisitor visitor) {
    List<Application> applications = association.getApplications();
    for (int i = 0; i < applications.size(); i++) {
      Application application = applications.get(i);
      Optional<StatuteVersion> statute = governing(actDay(application), day, outcome);
      if (statute.isPresent() && accepted(application, statute.get(), day)) {
        visitor.visit(i, application, statute.get());
      }
    }
  }

  /**
   * Whether an application counts as accepted on a day: approved by the board where the statute
   * requires the board's approval or a decision is recorded, else once its applicant is a member.
   */
  boolean accepted(Application application, StatuteVersion statute, LocalDate day) {
    if (statute.isBoardApprovalRequired() || application.getDecision().isPresent()) {
      return Admissions.approvedBy(application, statute, day);
    }
    if (!statute.getAdmissionProcedureKinds().contains(application.getKind())) {
      return false;
    }
    Member applicant = application.getMemberId().isPresent() ? member(application.getMemberId().get()) : null;
    return applicant != null && !applicant.getStart().isAfter(day);
  }

  /** The position of the member's application: the one it names, else one that names the member; -1 if none. */
  int applicationOf(Member member) {
    Optional<String> named = member.getApplicationId();
    Integer index = named.isPresent() ? byId().get(named.get()) : byMember().get(member.getId());
    return index == null ? -1 : index;
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
        Optional<String> member = applications.get(i).getMemberId();
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
    Map<String, Member> map = memberById;
    if (map == null) {
      map = new HashMap<>(association.getMembers().size() * 2);
      for (Member member : association.getMembers()) {
        map.putIfAbsent(member.getId(), member);
      }
      memberById = map;
    }
    return map.get(id);
  }
}
