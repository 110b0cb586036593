package de.nextnetz.rules.admission;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Message;
import java.util.Map;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.domain.time.Counting;
import de.nextnetz.domain.time.Periods;
import java.time.LocalDate;
import java.time.Period;
import java.util.TreeSet;

/**
 * An association with fewer than three members loses its legal capacity: the board must apply
 * within three months, else the court acts of its own motion.
 * <blockquote>Sinkt die Zahl der Vereinsmitglieder unter drei herab, so hat das
 * Amtsgericht auf Antrag des Vorstandes und, wenn der Antrag nicht binnen drei Monaten gestellt
 * wird, von Amtswegen nach Anhörung des Vorstandes dem Vereine die Rechtsfähigkeit zu
 * entziehen.</blockquote>
 * Citation: § 73 BGB (mandatory). An ERROR whose due date is three months after the day the count
 * fell below three, counted by {@link Periods} and named in the finding: the last membership of
 * three ends on 10 Mar 2025 (first day with two members 11 Mar), due 10 Jun 2025 (§§ 187 Abs. 1,
 * 188 Abs. 2 BGB). Every member counts, of any kind.
 */
final class MemberCountBelow3 extends DefinedRule<Association> implements StatuteRule {

  private static final Citation CITATION = Citation.of("§ 73 BGB",
      "Sinkt die Zahl der Vereinsmitglieder unter drei herab, so hat das Amtsgericht auf Antrag des"
          + " Vorstandes und, wenn der Antrag nicht binnen drei Monaten gestellt wird, von Amtswegen"
          + " nach Anhörung des Vorstandes dem Vereine die Rechtsfähigkeit zu entziehen.");

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MEMBER_COUNT_BELOW_3", Severity.ERROR, CITATION);

  /** "binnen drei Monaten". */
  private static final Period WITHIN = Period.ofMonths(3);

  MemberCountBelow3() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    if (association.getFoundingDate().isAfter(context.asOf())) {
      return Outcome.notApplicable(DEFINITION.id());
    }
    int count = 0;
    for (Member member : association.getMembers()) {
      if (member.isMemberOn(context.asOf()) && ++count >= 3) {
        return Outcome.satisfied(DEFINITION.id());
      }
    }
    Fall fall = fellBelowThree(association, context.asOf());
    LocalDate due = Periods.end(fall.counting(), fall.day(), WITHIN);
    return Outcome.builder(DEFINITION.id())
        .add(Finding.builder(this, "/members")
            .fact("members", count)
            .fact("fellBelowOn", fall.day())
            .fact("applicationDueBy", due)
            .fact("counting", fall.counting())
            .dueDate(due)
            .build())
        .deadline(Deadline.of(this, "/members", due, Message.builtIn("deadline.MEMBER_COUNT_BELOW_3",
            Map.of("fellBelowOn", fall.day(), "members", count)), context.asOf()))
        .build();
  }

  /** The day the number fell below three, and how the three months count from it. */
  private record Fall(LocalDate day, Counting counting) {}

  /**
   * The day the current run of fewer than three members began, from the records only (so the
   * deadline stays put whatever the day of the check): where a membership ended and left fewer
   * than three, its last day, the day the number fell (an event within that day, § 187 Abs. 1 BGB);
   * where the association never had three members since its founding, the founding day, from whose
   * start the period runs (§ 187 Abs. 2 BGB). Of the two ways to count a fall by leaving, the one
   * from the last day of the membership ends first (or on the same day), so it is the safe one.
   */
  private static Fall fellBelowThree(Association association, LocalDate asOf) {
    TreeSet<LocalDate> changes = new TreeSet<>();
    changes.add(association.getFoundingDate());
    for (Member member : association.getMembers()) {
      changes.add(member.getStart());
      member.getEnd().ifPresent(end -> changes.add(end.plusDays(1)));
    }
    Fall fall = new Fall(association.getFoundingDate(), Counting.FROM_START_OF_DAY);
    for (LocalDate day : changes.subSet(association.getFoundingDate(), true, asOf, true)) {
      boolean below = association.membersOn(day).size() < 3;
      LocalDate before = day.minusDays(1);
      if (below && association.membersOn(before).size() >= 3) {
        fall = new Fall(before, Counting.FROM_EVENT);
      }
    }
    return fall;
  }
}
