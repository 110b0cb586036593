package de.nextnetz.test;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.membership.Application;
import de.nextnetz.domain.membership.BoardDecision;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.membership.Review;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalPortfolio;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Fixtures with names that say what they are, built on the NExT 2024 data set and on the domain's
 * builders: NExT itself, NExT with its board elected on another day or its statute changed, members
 * that join and leave, an application with its reviews and the board's decision, and Wiesbaden's
 * portfolio with one membership. Every method returns a new immutable value.
 */
public final class NextFixtures {

  private NextFixtures() {}

  /** {@return NExT e. V. as the seeds describe it: board elected 21 Nov 2024, Table 1's events, Wiesbaden} */
  public static Association next2024() {
    return NextSeeds.association();
  }

  /**
   * NExT with its board's elections replaced by one on a day.
   *
   * @param day the day of the election
   * @return the changed copy
   */
  public static Association boardElectedOn(LocalDate day) {
    Association next = next2024();
    return next.toBuilder().board(next.getBoard().toBuilder().elections(List.of(Election.on(day))).build()).build();
  }

  /**
   * An association with its (first) statute version changed.
   *
   * @param association the association
   * @param change what to change on a builder filled with the version, e.g. {@code v -> v.feeDueDay(MonthDay.of(5, 8))}
   * @return the changed copy
   */
  public static Association withStatute(Association association, UnaryOperator<StatuteVersion.Builder> change) {
    StatuteVersion version = association.getStatute().getVersions().get(0);
    return association.toBuilder().statute(Statute.of(change.apply(version.toBuilder()).build())).build();
  }

  /**
   * An association with exactly these members.
   *
   * @param association the association
   * @param members the members
   * @return the changed copy
   */
  public static Association withMembers(Association association, Member... members) {
    return association.toBuilder().members(Arrays.asList(members)).build();
  }

  /**
   * A personal member from a day on.
   *
   * @param id the member's identifier, also the person's
   * @param start the first day of the membership
   * @return the member
   */
  public static Member personalMember(String id, LocalDate start) {
    return Member.builder().id(id).kind(MembershipKind.PERSONAL).person(Person.of(id.toLowerCase(Locale.ROOT), id))
        .start(start).build();
  }

  /**
   * A personal member from one day to another.
   *
   * @param id the member's identifier
   * @param start the first day of the membership
   * @param lastDay the last day of the membership
   * @return the member
   */
  public static Member personalMember(String id, LocalDate start, LocalDate lastDay) {
    return Member.builder().from(personalMember(id, start)).end(lastDay).build();
  }

  /**
   * An application for personal membership, reviewed by members and approved by the board.
   *
   * @param id the application's identifier
   * @param memberId the member it admits
   * @param applied the day of the application
   * @param approved the day of the board's approval
   * @param reviewers the reviewing members, each reviewing on the day of the application
   * @return the application
   */
  public static Application approvedApplication(String id, String memberId, LocalDate applied, LocalDate approved,
      String... reviewers) {
    Application.Builder application = Application.builder().id(id).applicantName(memberId).memberId(memberId)
        .kind(MembershipKind.PERSONAL).date(applied).decision(BoardDecision.approvedOn(approved));
    for (String reviewer : reviewers) {
      application.addReviews(Review.of(reviewer, applied));
    }
    return application.build();
  }

  /**
   * {@return the Musterverein: an association that is not NExT, with its own Satzung clauses, a statute change,
   * fees, SEPA mandates and payments 2024 to 2026, assemblies and exits, to try a rule on besides NExT}
   */
  public static Association musterverein() {
    return Musterverein.association();
  }

  /** {@return Wiesbaden's portfolio: its membership in NExT under resolution No. 0057} */
  public static MunicipalPortfolio wiesbadenPortfolio() {
    return NextSeeds.wiesbadenPortfolio();
  }

  /**
   * Wiesbaden's portfolio with its membership changed.
   *
   * @param change what to change
   * @return the changed copy
   */
  public static MunicipalPortfolio wiesbadenWith(UnaryOperator<MunicipalMembership> change) {
    MunicipalPortfolio portfolio = wiesbadenPortfolio();
    return portfolio.toBuilder().memberships(portfolio.getMemberships().stream().map(change).toList()).build();
  }
}
