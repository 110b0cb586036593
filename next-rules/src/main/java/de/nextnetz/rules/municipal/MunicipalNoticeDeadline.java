package de.nextnetz.rules.municipal;

import de.nextnetz.domain.time.Counting;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.util.Optional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The last day to give notice for the earliest exit still open (§ 39 Abs. 2 BGB with the terms of
 * the association): at the end of a year where the membership allows leaving only then ({@code
 * exitOnlyAtYearEnd}), else at the end of any month, after the notice period ({@code
 * exitNoticeMonths}). An INFO with that day as due date, a WARNING within the lead time (60 days
 * unless set); the day is also stated as a deadline. Unknown while either term is not recorded.
 */
final class MunicipalNoticeDeadline extends MembershipRule {
  private static final Citation CITATION = Citation.of("§ 39 Abs. 2 BGB",
      "Durch die Satzung kann bestimmt werden, dass der Austritt nur am Schluss eines Geschäftsjahrs oder erst"
          + " nach dem Ablauf einer Kündigungsfrist zulässig ist; die Kündigungsfrist kann höchstens zwei Jahre"
          + " betragen.");

  static final RuleDefinition DEFINITION =
      RuleDefinition.of("MUNICIPAL_NOTICE_DEADLINE", Severity.INFO, CITATION);

  /** The lead time unless another is set. */
  static final int DEFAULT_LEAD_DAYS = 60;

  private final int leadDays;

  MunicipalNoticeDeadline() {
    this(DEFAULT_LEAD_DAYS);
  }

  /**
   * Creates the rule.
   *
   * @param leadDays how many days before the last day to warn, at least 0
   * @throws IllegalArgumentException if the lead time is negative
   */
  MunicipalNoticeDeadline(int leadDays) {
    super(DEFINITION);
    if (leadDays < 0) {
      throw new IllegalArgumentException("lead days must not be negative, but was " + leadDays);
    }
    this.leadDays = leadDays;
  }

  @Override
  protected void check(MunicipalMembership membership, int index, CheckContext context, Outcome.Builder outcome) {
    LocalDate asOf = context.asOf();
    if (membership.getEnd().isPresent()) {
      return;
    }
    if (membership.getExitNoticeMonths().isEmpty() || membership.getExitOnlyAtYearEnd().isEmpty()) {
      membership.getExitNoticeMonths().ifPresentOrElse(months -> { },
          () -> outcome.missing(path(index) + "/exitNoticeMonths"));
      membership.getExitOnlyAtYearEnd().ifPresentOrElse(yearEnd -> { },
          () -> outcome.missing(path(index) + "/exitOnlyAtYearEnd"));
      return;
    }
    int months = membership.getExitNoticeMonths().get();
    boolean yearEnd = membership.getExitOnlyAtYearEnd().get();
    LocalDate exit = NoticeDeadline.earliestExit(asOf, months, yearEnd);
    LocalDate latest = NoticeDeadline.latestReceipt(exit, months);
    long daysLeft = ChronoUnit.DAYS.between(asOf, latest);
    outcome.add(Finding.builder(this, daysLeft <= leadDays ? Severity.WARNING : Severity.INFO, path(index))
        .fact("association", membership.getAssociation())
        .fact("noticeMonths", months)
        .fact("exitOnlyAtYearEnd", yearEnd)
        .fact("exit", exit)
        .fact("latestReceipt", latest)
        .fact("daysLeft", daysLeft)
        .fact("counting", Counting.BACKWARD_FROM_END)
        .dueDate(latest)
        .build());
    outcome.deadline(Deadline.of(this, path(index), latest, Message.builtIn("deadline.MUNICIPAL_NOTICE_DEADLINE",
        java.util.Map.of("association", membership.getAssociation(), "exit", exit)), asOf));
  }

  /** {@return the lead time for this rule's own deadlines, which the engine gives them as for any rule} */
  @Override
  public Optional<Reminder> reminder() {
    return Optional.of(new Reminder(DEFINITION.id(), leadDays));
  }
}
