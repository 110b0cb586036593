package de.nextnetz.rules.law;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.dues.ImmutableDues;
import de.nextnetz.domain.dues.ImmutablePayment;
import de.nextnetz.domain.membership.ImmutableMember;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.privacy.Redaction;
import de.nextnetz.rules.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The erasure of a former member's data on a day (Art. 17 DSGVO), as the law allows it: what {@link Retention} says
 * may go goes (contact data after the grace days, a mandate, vouchers after theirs), what must stay stays and is
 * restricted (Art. 18 DSGVO; § 35 Abs. 3 BDSG), and once nothing needs the name any longer the member's identity is
 * replaced by a pseudonym nobody can reverse ({@link Redaction#forgetMember}), so the document still validates and
 * the checks of everyone else give the same findings. Each step says what happened to which records and why.
 *
 * @param document the document after the erasure
 * @param memberId the member's id before it
 * @param memberIdAfter the member's id after it: a pseudonym where the identity went, else the same
 * @param day the day of the erasure
 * @param steps what happened to each kind of data, with its basis
 */
public record Erasure(Association document, String memberId, String memberIdAfter, LocalDate day,
    List<Step> steps) {

  /** What happened to one kind of data. */
  public enum Action {
    /** Removed from the document. */
    ERASED,
    /** Kept, but naming the person only by a pseudonym nobody can reverse. */
    PSEUDONYMISED,
    /** Kept with the name because a period runs; its processing is restricted to that purpose. */
    RESTRICTED,
    /** Kept: its period still runs, or it is one of the association's records. */
    KEPT
  }

  /**
   * One kind of data and what happened to it.
   *
   * @param kind the kind
   * @param action what happened
   * @param paths the records, as JSON Pointers of the document before the erasure
   * @param keepUntil for data kept or restricted: until when; empty where no period ends it
   * @param basis the provision
   */
  public record Step(HoldingKind kind, Action action, List<String> paths, Optional<LocalDate> keepUntil,
      Citation basis) {

    /**
     * Checks and copies.
     *
     * @param kind the kind
     * @param action the action
     * @param paths the pointers
     * @param keepUntil until when
     * @param basis the provision
     */
    public Step {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(action, "action");
      paths = List.copyOf(paths);
      Objects.requireNonNull(keepUntil, "keepUntil");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /**
   * Checks and copies.
   *
   * @param document the document
   * @param memberId the id
   * @param memberIdAfter the id after
   * @param day the day
   * @param steps the steps
   */
  public Erasure {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(memberIdAfter, "memberIdAfter");
    Objects.requireNonNull(day, "day");
    steps = List.copyOf(steps);
  }

  /**
   * Erases what may go of a former member's data on a day, with the defaults of {@link Retention#of}.
   *
   * @param association the association
   * @param memberId the member
   * @param day the day
   * @return the erasure
   * @throws IllegalArgumentException if no member has the id, the member was erased already, or is (or was on the
   *     day) still a member, whose data the membership needs (Art. 6 Abs. 1 lit. b DSGVO)
   */
  public static Erasure of(Association association, String memberId, LocalDate day) {
    return of(association, memberId, day, RetentionSettings.DEFAULT);
  }

  /**
   * Erases what may go of a former member's data on a day.
   *
   * @param association the association
   * @param memberId the member
   * @param day the day
   * @param settings the retention table, the mandates' reading and the grace days
   * @return the erasure
   * @throws IllegalArgumentException if no member has the id, the member was erased already, or is (or was on the
   *     day) still a member
   */
  public static Erasure of(Association association, String memberId, LocalDate day, RetentionSettings settings) {
    int index = Retention.indexOf(association, memberId);
    Member member = association.getMembers().get(index);
    if (member.getErasedOn().isPresent()) {
      throw new IllegalArgumentException(memberId + " was erased on " + member.getErasedOn().get());
    }
    if (member.getEnd().map(end -> !end.isBefore(day)).orElse(true)) {
      throw new IllegalArgumentException(memberId + " is a member on " + day
          + ": the membership needs the data (Art. 6 Abs. 1 lit. b DSGVO); erase them after the exit");
    }
    int at = index;
    Retention retention = Retention.of(association, index, day, settings);
    List<Holding> due = retention.dueForErasure(day);
    Set<HoldingKind> going = due.stream().map(Holding::kind).collect(Collectors.toSet());
    boolean forget = going.contains(HoldingKind.MEMBERSHIP);

    List<Step> steps = new ArrayList<>();
    for (Holding holding : retention.holdings()) {
      steps.add(step(retention, holding, going.contains(holding.kind()), forget));
    }

    Association document;
    if (forget) {
      document = Redaction.forgetMember(association, memberId, day);
    } else {
      ImmutableMember changed = ImmutableMember.copyOf(member);
      if (going.contains(HoldingKind.CONTACT)) {
        changed = changed.withLand(Optional.empty()).withPaymentMethod(Optional.empty()).withRepresentatives(List.of());
      }
      if (going.contains(HoldingKind.MANDATE)) {
        changed = changed.withMandate(Optional.empty());
      }
      List<Member> members = new ArrayList<>(association.getMembers());
      members.set(at, changed);
      ImmutableAssociation copy = ImmutableAssociation.copyOf(association).withMembers(members);
      if (going.contains(HoldingKind.VOUCHERS) && association.getDues().isPresent()) {
        var dues = association.getDues().get();
        copy = copy.withDues(ImmutableDues.copyOf(dues).withPayments(dues.getPayments().stream()
            .map(payment -> payment.getMemberId().equals(memberId)
                ? ImmutablePayment.copyOf(payment).withReference(Optional.empty()) : payment).toList()));
      }
      document = copy;
    }
    return new Erasure(document, memberId, document.getMembers().get(at).getId(), day, steps);
  }

  private static Step step(Retention retention, Holding holding, boolean goes, boolean forget) {
    HoldingKind kind = holding.kind();
    if (goes) {
      Action action = switch (kind) {
        case CONTACT, MANDATE, VOUCHERS -> Action.ERASED;
        default -> Action.PSEUDONYMISED;
      };
      return new Step(kind, action, holding.paths(), Optional.empty(), holding.basis());
    }
    if (kind == HoldingKind.RECORDS) {
      return new Step(kind, forget ? Action.PSEUDONYMISED : Action.KEPT, holding.paths(), Optional.empty(),
          holding.basis());
    }
    Optional<LocalDate> restricted = retention.restrictedUntil(holding);
    if (restricted.isPresent()) {
      return new Step(kind, Action.RESTRICTED, holding.paths(), restricted, PrivacyLaw.RESTRICTION);
    }
    return new Step(kind, Action.KEPT, holding.paths(), holding.keepUntil(), holding.basis());
  }

  /** {@return whether anything was erased or pseudonymised} */
  public boolean changed() {
    return steps.stream().anyMatch(step -> step.action() == Action.ERASED || step.action() == Action.PSEUDONYMISED);
  }
}
