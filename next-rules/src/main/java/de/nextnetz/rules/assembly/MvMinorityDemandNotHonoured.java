package de.nextnetz.rules.assembly;

import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.assembly.MinorityDemand;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.domain.time.Periods;
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
import java.util.Optional;

/**
 * After a valid minority demand (quorum, form, purpose and reasons) the board calls an assembly on
 * it in time: the law sets no period (§ 37 Abs. 2 BGB lets the court step in where the board does not comply), so
 * the time is a convention, six weeks from receipt unless configured, and the finding says so. Once an assembly
 * that names the demand is called, even late, the demand is honoured and the rule is satisfied. The
 * rule states the board's deadline while it lies ahead, and a WARNING once it has passed without an
 * invitation to an assembly that names the demand ({@code minorityDemandId}); the members may then
 * ask the register court to authorise them (§ 37 Abs. 2 BGB).
 */
final class MvMinorityDemandNotHonoured extends ReceivedRule<MinorityDemand> {

  private static final Citation CITATION = Citation.of("§ 37 BGB");

  static final RuleDefinition DEFINITION = RuleDefinition.of("MV_MINORITY_DEMAND_NOT_HONOURED", Severity.WARNING, CITATION);

  private final Period response;

  MvMinorityDemandNotHonoured() {
    this(Period.ofWeeks(6));
  }

  /**
   * Creates the rule.
   *
   * @param response the time the board has to call the assembly, counted from the receipt
   * @throws IllegalArgumentException if the time is not positive
   */
  MvMinorityDemandNotHonoured(Period response) {
    super(DEFINITION, "minorityDemands", Association::getMinorityDemands, MinorityDemand::getReceivedOn);
    if (response.isNegative() || response.isZero()) {
      throw new IllegalArgumentException("the time to call the assembly must be positive, but was " + response);
    }
    this.response = response;
  }

  @Override
  protected void check(Association association, MinorityDemand demand, String path, StatuteVersion statute, CheckContext context,
      Outcome.Builder outcome) {
    if (!AssemblyLaw.quorumMet(association, demand, statute) || !AssemblyLaw.formValid(demand, statute)) {
      return;
    }
    outcome.checked();
    LocalDate dueBy = Periods.endCountedFromEvent(demand.getReceivedOn(), response);
    Optional<LocalDate> called = association.getGeneralAssemblies().stream()
        .filter(assembly -> assembly.getMinorityDemandId().equals(Optional.of(demand.getId())))
        .flatMap(assembly -> assembly.getInvitation().stream())
        .map(Invitation::getDispatchedOn)
        .filter(day -> !day.isAfter(context.asOf()))
        .min(LocalDate::compareTo);
    if (called.isPresent()) {
      return;
    }
    if (context.asOf().isAfter(dueBy)) {
      outcome.add(Finding.builder(this, path)
          .fact("received", demand.getReceivedOn())
          .fact("dueBy", dueBy)
          .fact("response", response)
          .dueDate(dueBy)
          .build());
    } else {
      outcome.deadline(Deadline.of(this, path, dueBy, Message.builtIn("deadline.MV_MINORITY_DEMAND_NOT_HONOURED",
          Map.of("received", demand.getReceivedOn(), "supporters", demand.getSupporters().size())), context.asOf()));
    }
  }
}
