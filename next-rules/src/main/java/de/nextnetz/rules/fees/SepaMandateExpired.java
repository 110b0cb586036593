package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.calendar.PublicHolidays;
import de.nextnetz.rules.law.DuesLaw;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A SEPA mandate not used for 36 months lapses (SEPA Core rulebook): the next collection, on the next fee due day
 * on or after the check day (moved by § 193 BGB, then to a TARGET day), must lie no later than 36 months after the due day of the last
 * collection (or, for a mandate never used, after its signature). An ERROR where it lies later, a WARNING where it
 * is the very last day; members not paying by direct debit, or without a mandate in force, are not judged here.
 */
final class SepaMandateExpired extends DefinedRule<Association> implements StatuteRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("SEPA_MANDATE_EXPIRED", Severity.ERROR,
      DuesLaw.MANDATE_LAPSE);

  SepaMandateExpired() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    Optional<LocalDate> next = nextCollection(association, context.asOf(), PublicHolidays.atSeatOf(association));
    Outcome.Builder outcome = Outcome.builder(id());
    List<Member> members = association.getMembers();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      if (!member.paysByDirectDebit() || member.getMandate().isEmpty()
          || !member.getMandate().get().isInForceOn(context.asOf()) || !member.isMemberOn(context.asOf())) {
        continue;
      }
      if (next.isEmpty()) {
        outcome.missing("/statute/versions/*/feeDueDay");
        continue;
      }
      outcome.checked();
      Mandate mandate = member.getMandate().get();
      LocalDate lastUse = mandate.getLastCollection().orElse(mandate.getSignedOn());
      LocalDate until = DuesLaw.mandateUsableUntil(mandate);
      if (!next.get().isBefore(until)) {
        Finding.Builder finding = Finding.builder(this, next.get().isAfter(until) ? Severity.ERROR : Severity.WARNING,
                Pointer.to("members", i, "mandate"))
            .fact("member", member.getName())
            .fact("reference", mandate.getReference())
            .fact("lastUse", lastUse)
            .fact("usableUntil", until)
            .fact("nextCollection", next.get());
        if (mandate.getLastCollection().isEmpty()) {
          finding.messageKey("SEPA_MANDATE_EXPIRED.neverUsed");
        } else if (!next.get().isAfter(until)) {
          finding.messageKey("SEPA_MANDATE_EXPIRED.lastDay");
        }
        outcome.add(finding.build());
      }
    }
    return outcome.build();
  }

  /** The next fee due day on or after the day, moved by § 193 BGB, under the Satzung in force then. */
  private static Optional<LocalDate> nextCollection(Association association, LocalDate asOf,
      HolidayCalendar holidays) {
    for (int year = asOf.getYear(); year <= asOf.getYear() + 1; year++) {
      Optional<StatuteVersion> version = association.statuteOn(LocalDate.of(year, 1, 1));
      if (version.isEmpty() || version.get().getFeeDueDay().isEmpty()) {
        continue;
      }
      LocalDate due = DuesLaw.collectionDay(DuesLaw.due(version.get().getFeeDueDay().get().atYear(year), holidays));
      if (!due.isBefore(asOf)) {
        return Optional.of(due);
      }
    }
    return Optional.empty();
  }
}
