package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.Statutes;
import de.nextnetz.rules.law.Transit;
import de.nextnetz.rules.calendar.PublicHolidays;
import de.nextnetz.domain.time.HolidayCalendar;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.CheckContext;
import de.nextnetz.rules.Citation;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Finding;
import de.nextnetz.rules.Message;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleDefinition;
import de.nextnetz.rules.Severity;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The invitation reached the members within the Satzung's period before the assembly: the period
 * runs from receipt (the dispatch day plus the days in transit, unless the Satzung deems it received
 * when sent), the receipt day not counted, and the assembly may meet from the day after the period
 * ends (§§ 187 Abs. 1, 188 BGB; § 193 BGB does not move it). A receipt one day later, so that the
 * period ends on the assembly's day, is a WARNING (the result depends on reading); later an ERROR.
 * With 14 days before 20 Nov 2025: received 5 Nov fine, 6 Nov WARNING, 7 Nov ERROR. For a planned
 * assembly without an invitation, the rule states the latest dispatch day as a deadline. The
 * finding cites the clause that sets the period; where the Satzung sets none, the rule names the
 * period as missing (the BGB asks only for a reasonable one).
 */
final class MvInvitationLate extends AssemblyRule {

  private static final Citation CITATION = Citation.of("Satzung (Einladungsfrist); §§ 187 Abs. 1, 188 BGB");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MV_INVITATION_LATE", Severity.ERROR, CITATION);

  private final Transit transit;

  MvInvitationLate() {
    this(Transit.DEFAULT);
  }

  /**
   * Creates the rule.
   *
   * @param transit the days an invitation is taken to be in transit where its receipt is not recorded
   */
  MvInvitationLate(Transit transit) {
    super(DEFINITION);
    this.transit = Objects.requireNonNull(transit, "transit");
  }

  @Override
  void check(Association association, GeneralAssembly assembly, String path, CheckContext context,
      Outcome.Builder outcome) {
    Optional<StatuteVersion> governing = Statutes.governing(association, assembly.getDate(), outcome);
    if (governing.isEmpty()) {
      return;
    }
    StatuteVersion statute = governing.get();
    Optional<AssemblyLaw.Provision<Period>> period = AssemblyLaw.invitationPeriod(statute);
    Optional<Invitation> invitation = assembly.getInvitation();
    boolean upcoming = assembly.isPlannedFrom(context.asOf());
    if (invitation.isEmpty() && !heldBy(assembly, context) && !upcoming) {
      return;
    }
    if (period.isEmpty()) {
      outcome.missing(AssemblyLaw.pointer(association, statute, StatuteParameter.INVITATION_PERIOD));
      return;
    }
    LocalDate latestReceipt = AssemblyLaw.latestReceipt(assembly.getDate(), period.get().value());
    if (invitation.isEmpty()) {
      if (upcoming) {
        HolidayCalendar holidays = PublicHolidays.atSeatOf(association);
        DeclarationForm form = slowest(assembly, period.get().value(), statute, holidays);
        LocalDate latest = AssemblyLaw.latestDispatch(assembly.getDate(), period.get().value(), form, statute, transit,
            holidays);
        outcome.checked().deadline(new Deadline(latest, DEFINITION.id(), period.get().citation(), path + "/invitation",
            Message.builtIn("deadline.MV_INVITATION_LATE", Map.of("assembly", assembly.getDate(), "form", form,
                "period", period.get().value(), "latestReceipt", latestReceipt)), latest.isBefore(context.asOf())));
      } else {
        outcome.missing(path + "/invitation");
      }
      return;
    }
    outcome.checked();
    LocalDate receipt = AssemblyLaw.receipt(invitation.get(), statute, transit, PublicHolidays.atSeatOf(association));
    if (receipt.isAfter(latestReceipt)) {
      boolean borderline = receipt.equals(latestReceipt.plusDays(1));
      Finding.Builder finding = Finding.builder(this, borderline ? Severity.WARNING : Severity.ERROR, path + "/invitation")
          .citation(period.get().citation())
          .fact("assembly", assembly.getDate())
          .fact("dispatched", invitation.get().getDispatchedOn())
          .fact("receipt", receipt)
          .fact("period", period.get().value())
          .fact("latestReceipt", latestReceipt)
          .messageKey(borderline ? "MV_INVITATION_LATE.borderline" : "MV_INVITATION_LATE.message");
      AssemblyLaw.receiptAssumption(invitation.get(), statute, transit)
          .ifPresent(assumption -> finding.fact("receiptTaken", assumption));
      outcome.add(finding.build());
    }
  }

  /** The allowed form that must be sent first ({@link AssemblyLaw#invitationForms}). */
  private DeclarationForm slowest(GeneralAssembly assembly, Period period, StatuteVersion statute,
      HolidayCalendar holidays) {
    return AssemblyLaw.invitationForms(statute).stream()
        .min(java.util.Comparator.comparing((DeclarationForm form) -> AssemblyLaw.latestDispatch(assembly.getDate(),
            period, form, statute, transit, holidays)).thenComparing(java.util.Comparator.reverseOrder()))
        .orElseThrow();
  }
}
