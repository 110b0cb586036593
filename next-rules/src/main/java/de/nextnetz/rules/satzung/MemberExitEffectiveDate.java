package de.nextnetz.rules.satzung;

import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.membership.ExitDeclaration;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.rules.assembly.ReceivedRule;
import de.nextnetz.rules.law.ExitLaw;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The day an exit takes effect, computed from the day the board received the declaration and the
 * Satzung's notice period and exit days ({@link ExitLaw#exitDay(StatuteVersion, LocalDate)}): three months to
 * the year's end, received 30 Sep 2025: 31 Dec 2025; received 1 Oct 2025: 31 Dec 2026. The rule
 * states it as a deadline; an INFO where the member list does not end the membership on that day.
 * Declarations in a form the Satzung does not allow are left to {@code MEMBER_EXIT_FORM_INVALID}.
 */
final class MemberExitEffectiveDate extends ReceivedRule<ExitDeclaration> {

  private static final Citation CITATION = Citation.of("§ 39 BGB; Satzung (Austritt)");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MEMBER_EXIT_EFFECTIVE_DATE", Severity.INFO, CITATION);

  MemberExitEffectiveDate() {
    super(DEFINITION, "exitDeclarations", Association::getExitDeclarations, ExitDeclaration::getReceivedOn);
  }
  @Override
  protected void check(Association association, ExitDeclaration exit, String path, StatuteVersion statute, CheckContext context,
      Outcome.Builder outcome) {
    if (!exit.getForm().satisfies(AssemblyLaw.exitForm(statute).value())) {
      return;
    }
    Optional<Member> member = association.findMember(exit.getMemberId());
    if (member.isEmpty()) {
      outcome.missing(Pointer.to("members") + " (" + exit.getMemberId() + ")");
      return;
    }
    outcome.checked();
    LocalDate effective = ExitLaw.exitDay(statute, exit.getReceivedOn());
    Citation decided = Clauses.cite(statute, statute.getExitOnlyAt().isPresent()
        ? StatuteParameter.EXIT_ONLY_AT : StatuteParameter.EXIT_NOTICE,
        statute.getExitOnlyAt().isPresent() || statute.getExitNotice().isPresent());
    Map<String, Object> parameters = Map.of("member", member.get().getName(), "received", exit.getReceivedOn(),
        "effective", effective);
    outcome.deadline(new Deadline(effective, DEFINITION.id(), decided, path, Message.builtIn("deadline.MEMBER_EXIT_EFFECTIVE_DATE",
        parameters), effective.isBefore(context.asOf())));
    if (!member.get().getEnd().equals(Optional.of(effective))) {
      outcome.add(Finding.builder(this, path)
          .citation(decided)
          .param("member", member.get().getName())
          .fact("received", exit.getReceivedOn())
          .fact("effective", effective)
          .fact("recordedEnd", member.get().getEnd())
          .dueDate(effective)
          .build());
    }
  }
}
