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
import de.nextnetz.rules.RuleId;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import java.time.LocalDate;
import java.util.TreeSet;

/**
 * An association with fewer than three members loses its legal capacity: the board must apply
 * within three months, else the court acts of its own motion.
 * <blockquote>Sinkt die Zahl der Vereinsmitglieder unter drei herab, so hat das
 * Amtsgericht auf Antrag des Vorstandes und, wenn der Antrag nicht binnen drei Monaten gestellt
 * wird, von Amtswegen nach Anhörung des Vorstandes dem Vereine die Rechtsfähigkeit zu
 * entziehen.</blockquote>
 * Citation: § 73 BGB (mandatory). An ERROR whose due date is three months after the day the count
 * fell below three (fell on 10 Mar 2025: due 10 Jun 2025). Every member counts, of any kind.
 */
public final class MemberCountBelow3 extends DefinedRule<Association> implements StatuteRule {

  private static final Citation CITATION = Citation.of("§ 73 BGB",
      "Sinkt die Zahl der Vereinsmitglieder unter drei herab, so hat das Amtsgericht auf Antrag des"
          + " Vorstandes und, wenn der Antrag nicht binnen drei Monaten gestellt wird, von Amtswegen"
          + " nach Anhörung des Vorstandes dem Vereine die Rechtsfähigkeit zu entziehen.");

  /** The id {@code MEMBER_COUNT_BELOW_3}, severity and citation. */
  public static final RuleDefinition DEFINITION =
      RuleDefinition.of("MEMBER_COUNT_BELOW_3", Severity.ERROR, CITATION);

  /** {@code MEMBER_COUNT_BELOW_3}. */
  public static final RuleId ID = DEFINITION.id();

  /** Creates the rule. */
  public MemberCountBelow3() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    if (association.getFoundingDate().isAfter(context.asOf())) {
      return Outcome.notApplicable(ID);
    }
    int count = 0;
    for (Member member : association.getMembers()) {
      if (member.isMemberOn(context.asOf()) && ++count >= 3) {
        return Outcome.satisfied(ID);
      }
    }
    LocalDate fell = fellBelowThreeOn(association, context.asOf());
    LocalDate due = fell.plusMonths(3);
    return Outcome.builder(ID)
        .add(Finding.builder(this, Severity.ERROR, "/members")
            .fact("members", count)
            .fact("fellBelowOn", fell)
            .fact("applicationDueBy", due)
            .dueDate(due)
            .build())
        .deadline(Deadline.of(this, "/members", due, Message.builtIn("deadline.MEMBER_COUNT_BELOW_3",
            Map.of("fellBelowOn", fell, "members", count)), context.asOf()))
        .build();
  }

  /**
   * The first day of the current run of days with fewer than three members: the last day since the
   * founding on which the count fell below three, else the founding itself. It depends on the
   * records only, not on the day of the check, so the deadline it sets stays put.
   */
  private static LocalDate fellBelowThreeOn(Association association, LocalDate asOf) {
    TreeSet<LocalDate> changes = new TreeSet<>();
    changes.add(association.getFoundingDate());
    for (Member member : association.getMembers()) {
      changes.add(member.getStart());
      member.getEnd().ifPresent(end -> changes.add(end.plusDays(1)));
    }
    LocalDate fell = association.getFoundingDate();
    for (LocalDate day : changes.subSet(fell, true, asOf, true)) {
      boolean below = association.membersOn(day).size() < 3;
      LocalDate before = day.minusDays(1);
      if (below && association.membersOn(before).size() >= 3) {
        fell = day;
      }
    }
    return fell;
  }
}
