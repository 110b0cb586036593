package de.nextnetz.rules.privacy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.DataRequest;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.DefinedRule;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.StatuteRule;
import de.nextnetz.rules.calendar.PublicHolidays;
import de.nextnetz.rules.law.PrivacyLaw;
import java.time.LocalDate;
import java.util.Map;

/**
 * A person's request (access, erasure, …) not answered by its last day: one month after receipt, three where the
 * office told the person of the extension within the first month, each moved off a Saturday, Sunday or public
 * holiday at the seat (Art. 12 Abs. 3 DSGVO; Art. 3 VO 1182/71). One ERROR per request unanswered after its day; an
 * open request's day is a deadline. Not applicable where no request is recorded.
 */
final class DataRequestOverdue extends DefinedRule<Association> implements StatuteRule {

  static final RuleDefinition DEFINITION = RuleDefinition.of("DATA_REQUEST_OVERDUE", Severity.ERROR,
      PrivacyLaw.ANSWER);

  DataRequestOverdue() {
    super(DEFINITION);
  }

  @Override
  public Outcome check(Association association, CheckContext context) {
    LocalDate day = context.asOf();
    boolean any = association.getDataRequests().stream().anyMatch(request -> !request.getReceivedOn().isAfter(day));
    if (!any) {
      return Outcome.notApplicable(id());
    }
    HolidayCalendar holidays = PublicHolidays.atSeatOf(association);
    Outcome.Builder outcome = Outcome.builder(id()).checked();
    for (int i = 0; i < association.getDataRequests().size(); i++) {
      DataRequest request = association.getDataRequests().get(i);
      if (request.getReceivedOn().isAfter(day)) {
        continue;
      }
      String path = Pointer.to("dataRequests", i);
      LocalDate due = PrivacyLaw.answerDue(request, holidays);
      String name = association.findMember(request.getMemberId()).map(Member::getName).orElse(request.getMemberId());
      boolean answered = request.getAnsweredOn().map(answer -> !answer.isAfter(day)).orElse(false);
      if (answered) {
        continue;
      }
      if (day.isAfter(due)) {
        outcome.add(Finding.builder(this, path)
            .fact("member", name)
            .fact("kind", request.getKind())
            .fact("received", request.getReceivedOn())
            .fact("due", due)
            .fact("extended", request.getExtendedOn().isPresent())
            .build());
      } else {
        outcome.deadline(Deadline.of(this, path, due, Message.builtIn("deadline.DATA_REQUEST_OVERDUE",
            Map.of("member", name, "kind", request.getKind(), "received", request.getReceivedOn())), day));
      }
    }
    return outcome.build();
  }
}
