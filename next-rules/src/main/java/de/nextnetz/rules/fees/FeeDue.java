package de.nextnetz.rules.fees;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.calendar.PublicHolidays;
import de.nextnetz.rules.law.DirectDebitRun;
import de.nextnetz.rules.law.DuesLaw;
import de.nextnetz.rules.calendar.TargetCalendar;
import de.nextnetz.rules.law.Ledgers;
import de.nextnetz.domain.time.FederalState;
import java.util.Optional;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Map;

/**
 * The annual fees fall due on the day the statute sets ({@code feeDueDay}); where that day is a
 * Saturday, Sunday or public holiday at the seat, the next working day takes its place (§ 193 BGB;
 * the holidays of the seat's Land, {@link Association#landOfSeat()}, from {@link PublicHolidays}).
 * Where the Land is not known, only the nationwide holidays count and {@code /seatState} is named
 * as missing. The rule states
 * that deadline for the year of the check while it lies ahead, with the members who pay a fee on
 * the nominal day and the total. After the day, where the association records its dues ({@link
 * Association#getDues()}), the rules on default judge each member's payments and this one is satisfied; where it
 * does not, the rule cannot tell whether the fees were paid and names the payments as missing. Where members pay
 * by direct debit, the year's collection run adds two deadlines: the pre-notifications 14 days before the collection
 * day (the due day or the next TARGET day) and the file at the bank one TARGET day before it. Not applicable where the statute sets no due day. Citation:
 * § 58 Nr. 2 BGB (the statute rules the fees), § 193 BGB.
 */
final class FeeDue extends DefinedRule<Association> implements StatuteRule {

  private static final Citation CITATION = Citation.of("§ 58 Nr. 2 BGB; Beitragsregelung der Satzung; § 193 BGB",
      "Ist an einem bestimmten Tage oder innerhalb einer Frist eine Willenserklärung abzugeben oder eine Leistung"
          + " zu bewirken und fällt der bestimmte Tag oder der letzte Tag der Frist auf einen Sonntag, einen am"
          + " Erklärungs- oder Leistungsort staatlich anerkannten allgemeinen Feiertag oder einen Sonnabend, so tritt"
          + " an die Stelle eines solchen Tages der nächste Werktag.");

  static final RuleDefinition DEFINITION = RuleDefinition.of("FEE_DUE", Severity.INFO, CITATION);

  FeeDue() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    StatuteVersion statute = context.statute();
    if (statute.getFeeDueDay().isEmpty()) {
      return Outcome.notApplicable(DEFINITION.id());
    }
    MonthDay dueDay = statute.getFeeDueDay().get();
    int year = context.asOf().getYear();
    LocalDate nominal = dueDay.atYear(year);
    Optional<FederalState> land = association.landOfSeat();
    LocalDate due = DuesLaw.due(nominal, new PublicHolidays(land));
    int payers = 0;
    Money total = Money.ofCents(0, Money.EUR);
    for (Member member : association.getMembers()) {
      Optional<Money> fee = Ledgers.annualFee(member, statute);
      if (member.isMemberOn(nominal) && fee.isPresent() && fee.get().currency().equals(total.currency())) {
        payers++;
        total = total.plus(fee.get());
      }
    }
    if (payers == 0) {
      return Outcome.notApplicable(DEFINITION.id());
    }
    Outcome.Builder outcome = Outcome.builder(DEFINITION.id()).checked();
    if (context.asOf().isAfter(due)) {
      // Once the office records dues, FEE_IN_DEFAULT and FEE_DEFAULT_NEEDS_REMINDER judge each member's payments.
      return association.getDues().isPresent() ? outcome.build()
          : outcome.missing("/dues/payments (" + year + ")").build();
    }
    if (land.isEmpty()) {
      outcome.missing("/seatState");
    }
    Map<String, Object> parameters = Map.of("year", Year.of(year), "payers", payers, "total", total,
        "nominal", nominal, "land", land.map(FederalState::germanName).orElse(""));
    outcome.deadline(Deadline.of(this, "/members", due, Message.builtIn(
        land.isPresent() ? "deadline.FEE_DUE" : "deadline.FEE_DUE.nationwide", parameters), context.asOf()));
    long debtors = association.getMembers().stream().filter(member -> member.isMemberOn(nominal))
        .filter(Member::paysByDirectDebit).count();
    if (debtors > 0 && association.getDues().isPresent()) {
      // The collection run of the year: pre-notifications and the file to the bank, asked of the law room.
      LocalDate collection = DuesLaw.collectionDay(due);
      Map<String, Object> run = Map.of("year", Year.of(year), "debtors", debtors, "collection", collection);
      outcome.deadline(Deadline.of(this, "/members", collection.minusDays(DirectDebitRun.PRE_NOTIFICATION_DAYS),
          Message.builtIn("deadline.FEE_DUE.preNotification", run), context.asOf()));
      outcome.deadline(Deadline.of(this, "/members", TargetCalendar.businessDaysBefore(collection,
          DirectDebitRun.CUT_OFF_DAYS), Message.builtIn("deadline.FEE_DUE.submission", run), context.asOf()));
    }
    return outcome.build();
  }
}
