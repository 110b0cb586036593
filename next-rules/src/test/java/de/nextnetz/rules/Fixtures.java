package de.nextnetz.rules;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.Board;
import de.nextnetz.domain.board.Election;
import de.nextnetz.domain.board.ImmutableBoard;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.statute.ImmutableStatuteVersion;
import de.nextnetz.domain.statute.Statute;
import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/** Intention-revealing fixtures built from the seeds. */
public final class Fixtures {

  private static final RuleEngine<Association> ENGINE = BuiltInRules.engine();

  private Fixtures() {}

  /** NExT e. V. as the seeds describe it: board elected 21 Nov 2024, Table 1, 115 members and Wiesbaden. */
  public static ImmutableAssociation next() {
    return ImmutableAssociation.copyOf(NextSeeds.association());
  }

  /** NExT with its board's elections replaced by one on the given day. */
  public static ImmutableAssociation boardElectedOn(LocalDate day) {
    ImmutableAssociation next = next();
    return next.withBoard(ImmutableBoard.copyOf(next.getBoard()).withElections(Election.on(day)));
  }

  /** NExT with its statute changed. */
  public static ImmutableAssociation withStatute(Association association, UnaryOperator<ImmutableStatuteVersion> change) {
    StatuteVersion version = association.getStatute().getVersions().get(0);
    return ImmutableAssociation.copyOf(association)
        .withStatute(Statute.of(change.apply(ImmutableStatuteVersion.copyOf(version))));
  }

  /** NExT with a board made of the given seats' board. */
  public static ImmutableAssociation withBoard(Association association, Board board) {
    return ImmutableAssociation.copyOf(association).withBoard(board);
  }

  /** A personal member from a day on. */
  public static Member member(String id, LocalDate start) {
    return Member.builder().id(id).kind(MembershipKind.PERSONAL).person(Person.of(id.toLowerCase(java.util.Locale.ROOT), id))
        .start(start).build();
  }

  /** Checks with the built-in engine. */
  public static CheckReport check(Association association, LocalDate asOf) {
    return ENGINE.check(association, asOf);
  }

  /** The findings of one rule. */
  public static List<Finding> findings(Association association, LocalDate asOf, RuleId rule) {
    return check(association, asOf).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  /** The status of one rule. */
  public static Status status(Association association, LocalDate asOf, RuleId rule) {
    return check(association, asOf).outcome(rule).orElseThrow().status();
  }

  public static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
