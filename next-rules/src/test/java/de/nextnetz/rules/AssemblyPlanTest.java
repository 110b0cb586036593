package de.nextnetz.rules;

import static de.nextnetz.rules.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.AssemblyFormat;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.rules.report.AssemblyPlan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The assembly plan is computed from the law room and the rules; {@code next assembly} only renders it. */
class AssemblyPlanTest {

  private static final Association MUSTER = Musterverein.association();
  private static final LocalDate TODAY = day("2026-11-22");

  @Test
  @DisplayName("§ 32 BGB: the plan's findings on a recorded assembly are the assembly rules' findings on its path")
  void the_plan_lists_the_rules_findings() {
    GeneralAssembly assembly = MUSTER.findGeneralAssembly("mv-2025-x").orElseThrow();
    AssemblyPlan plan = AssemblyPlan.of(MUSTER, assembly, TODAY).orElseThrow();
    String path = Pointer.to("generalAssemblies", MUSTER.getGeneralAssemblies().indexOf(assembly));
    List<Finding> rules = BuiltInRules.engine().check(MUSTER, TODAY).findings().stream()
        .filter(finding -> finding.path().equals(path) || finding.path().startsWith(path + "/")).toList();
    assertThat(plan.findings()).hasSize(7).containsExactlyInAnyOrderElementsOf(rules);
    assertThat(plan.hasErrors()).isTrue();
    assertThat(plan.judged()).isTrue();
  }

  @Test
  @DisplayName("§ 32 Abs. 1 BGB, the Satzung's period: the latest dispatch per form, and every member on that day invited")
  void dispatch_days_and_recipients_follow_the_period() {
    GeneralAssembly planned = GeneralAssembly.builder().id("new").date(day("2027-03-13")).status(AssemblyStatus.PLANNED)
        .format(AssemblyFormat.VIRTUAL).build();
    AssemblyPlan plan = AssemblyPlan.of(MUSTER, planned, TODAY).orElseThrow();
    AssemblyPlan.InvitationPeriod period = plan.invitationPeriod().orElseThrow();
    assertThat(plan.dispatch()).isNotEmpty().allSatisfy(dispatch ->
        assertThat(dispatch.latest()).isEqualTo(AssemblyLaw.latestDispatch(planned.getDate(), period.period(),
            dispatch.form(), MUSTER.statuteOn(planned.getDate()).orElseThrow(),
            de.nextnetz.rules.law.Transit.DEFAULT, de.nextnetz.rules.calendar.PublicHolidays.atSeatOf(MUSTER)))
            .isBeforeOrEqualTo(period.receiptBy()));
    assertThat(plan.recipientsOn()).isEqualTo(plan.dispatch().stream().map(AssemblyPlan.Dispatch::latest)
        .min(LocalDate::compareTo).orElseThrow());
    assertThat(plan.recipients()).isEqualTo(MUSTER.membersOn(plan.recipientsOn()).size());
    assertThat(plan.judged()).as("not recorded: nothing to judge yet").isFalse();
    assertThat(plan.findings()).isEmpty();
    assertThat(plan.formatBasis()).hasValueSatisfying(basis ->
        assertThat(basis).isEqualTo(AssemblyLaw.formatBasis(MUSTER, planned,
            MUSTER.getStatute().versionOn(planned.getDate()).orElseThrow())));
  }

  @Test
  @DisplayName("§ 32 BGB, the version in force on the assembly's day: before the first version there is no plan")
  void no_plan_before_the_first_version() {
    GeneralAssembly early = GeneralAssembly.builder().id("early").date(day("1900-01-01")).status(AssemblyStatus.PLANNED)
        .format(AssemblyFormat.IN_PERSON).build();
    assertThat(AssemblyPlan.of(MUSTER, early, TODAY)).isEmpty();
  }
}
