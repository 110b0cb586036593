package de.nextnetz.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.seeds.Musterverein;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The domain answers the questions the rules and commands ask of general assemblies, once. */
class AssemblyQuestionsTest {

  private static GeneralAssembly assembly(String id, String day, AssemblyStatus status) {
    return GeneralAssembly.builder().id(id).date(LocalDate.parse(day)).status(status).build();
  }

  @Test
  @DisplayName("§ 32 BGB: an assembly is held by a day from its own day on, and planned from a day up to its own day")
  void held_by_and_planned_from_count_the_assembly_day() {
    GeneralAssembly held = assembly("mv-1", "2025-03-15", AssemblyStatus.HELD);
    assertThat(held.isHeldBy(LocalDate.parse("2025-03-14"))).isFalse();
    assertThat(held.isHeldBy(LocalDate.parse("2025-03-15"))).isTrue();
    assertThat(held.isPlannedFrom(LocalDate.parse("2025-03-01"))).isFalse();
    GeneralAssembly planned = assembly("mv-2", "2026-12-12", AssemblyStatus.PLANNED);
    assertThat(planned.isPlannedFrom(LocalDate.parse("2026-12-12"))).isTrue();
    assertThat(planned.isPlannedFrom(LocalDate.parse("2026-12-13"))).isFalse();
    assertThat(planned.isHeldBy(LocalDate.parse("2027-01-01"))).isFalse();
  }

  @Test
  @DisplayName("§ 36 BGB: the next planned assembly is the earliest planned from the day on, whatever the list's order")
  void the_next_planned_assembly_is_the_earliest() {
    Association muster = Musterverein.association();
    List<GeneralAssembly> assemblies = new ArrayList<>(muster.getGeneralAssemblies());
    assemblies.add(0, assembly("later", "2030-06-01", AssemblyStatus.PLANNED));
    assemblies.add(assembly("sooner", "2029-06-01", AssemblyStatus.PLANNED));
    Association more = muster.toBuilder().generalAssemblies(assemblies).build();
    assertThat(more.nextPlannedAssembly(LocalDate.parse("2028-01-01"))).map(GeneralAssembly::getId).hasValue("sooner");
    assertThat(more.nextPlannedAssembly(LocalDate.parse("2029-06-02"))).map(GeneralAssembly::getId).hasValue("later");
    assertThat(more.nextPlannedAssembly(LocalDate.parse("2030-06-02"))).isEmpty();
  }
}
