package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.DuesLaw;
import de.nextnetz.rules.law.Ledger;
import de.nextnetz.rules.law.LedgerItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * An open fee whose claim becomes time-barred soon (§§ 195, 199 Abs. 1 BGB): a WARNING from the lead time (60 days
 * by default, a convention) before 31 December of the third year after the year of its due day, and a deadline for
 * every open fee with a calendar due day. Where § 193 BGB moved the due day into the next year, the earlier
 * reading (the nominal day's year) is open: the warning then starts before that earlier end and the finding names
 * both days. Not applicable where no dues are recorded.
 */
final class FeeClaimLimitationApproaching extends LedgerRule {

  /** The lead time of the warning by default, in days; a convention, not law. */
  static final int DEFAULT_LEAD_DAYS = 60;

  static final RuleDefinition DEFINITION = RuleDefinition.of("FEE_CLAIM_LIMITATION_APPROACHING", Severity.WARNING,
      DuesLaw.LIMITATION);

  private final int leadDays;

  FeeClaimLimitationApproaching() {
    this(DEFAULT_LEAD_DAYS);
  }

  /**
   * Creates the rule with another lead time.
   *
   * @param leadDays the days before the end of the limitation period to warn, at least 0
   * @throws IllegalArgumentException if the lead time is negative
   */
  FeeClaimLimitationApproaching(int leadDays) {
    super(DEFINITION);
    if (leadDays < 0) {
      throw new IllegalArgumentException("the lead time must not be negative, but was " + leadDays);
    }
    this.leadDays = leadDays;
  }

  /** {@return the lead time, as the reminder of this rule's own limitation deadlines} */
  @Override
  public Optional<Reminder> reminder() {
    return Optional.of(new Reminder(DEFINITION.id(), leadDays));
  }

  @Override
  void check(Ledger ledger, String path, Association association, CheckContext context, Outcome.Builder outcome) {
    for (LedgerItem item : ledger.items()) {
      if (item.isSettled() || item.due().isEmpty()) {
        continue;
      }
      LocalDate end = DuesLaw.limitationEnd(item.due().get());
      LocalDate earlier = DuesLaw.limitationEndByNominalDay(item.nominalDue().orElseThrow());
      LocalDate asOf = context.asOf();
      if (asOf.isAfter(end)) {
        continue;
      }
      Map<String, Object> parameters = Map.of("member", ledger.member().getName(), "year", item.year(),
          "open", item.open());
      outcome.deadline(Deadline.of(this, path, end, Message.builtIn("deadline.FEE_CLAIM_LIMITATION_APPROACHING",
          parameters), asOf));
      if (!asOf.isBefore(earlier.minusDays(leadDays))) {
        Finding.Builder finding = Finding.builder(this, path)
            .fact("member", ledger.member().getName())
            .fact("year", item.year())
            .fact("open", item.open())
            .fact("limitationEnd", end)
            .fact("daysLeft", ChronoUnit.DAYS.between(asOf, end))
            .dueDate(end);
        if (!earlier.equals(end)) {
          finding.fact("earlierReading", earlier).messageKey("FEE_CLAIM_LIMITATION_APPROACHING.open");
        }
        outcome.add(finding.build());
      }
    }
  }
}
