package de.nextnetz.rules;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.statute.Fraction;
import de.nextnetz.domain.statute.FormRequirement;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.law.AssemblyLaw;
import de.nextnetz.rules.law.ExitLaw;
import de.nextnetz.rules.law.SatzungParameters;
import de.nextnetz.rules.law.SatzungParameters.ParameterBasis;
import de.nextnetz.rules.law.SatzungParameters.Silence;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SatzungParametersTest {

  /** The Musterverein's last version with no clauses, no assumptions and none of the Satzung's optional values. */
  private static StatuteVersion silentMuster() {
    List<StatuteVersion> versions = Musterverein.association().getStatute().getVersions();
    return versions.get(versions.size() - 1).toBuilder().clauses(List.of()).assumptions(List.of())
        .minorityQuorum(Optional.empty()).minorityDemandForm(Optional.empty()).exitForm(Optional.empty())
        .statuteChangeMajority(Optional.empty()).build();
  }

  @Test
  @DisplayName("§ 40 BGB: every parameter a statute version carries is declared once, in the order of the parameters")
  void every_parameter_is_declared() {
    assertThat(SatzungParameters.all()).extracting(Silence::parameter).containsExactly(StatuteParameter.values());
    assertThat(SatzungParameters.markdown(Locale.ENGLISH).lines().filter(line -> line.startsWith("| `")))
        .hasSize(StatuteParameter.values().length);
  }

  @Test
  @DisplayName("§ 37 Abs. 1 BGB: a silent Satzung's minority is the tenth, and a quorum of half or more is void")
  void the_minority_quorum_is_the_tenth() {
    Silence quorum = SatzungParameters.whereSilent(StatuteParameter.MINORITY_QUORUM);

    assertThat(quorum.value()).contains(Fraction.ONE_TENTH);
    assertThat(quorum.basis()).isEqualTo(ParameterBasis.BGB);
    assertThat(quorum.law().source()).isEqualTo("§ 37 Abs. 1 BGB (mangels Satzungsregelung)");
    assertThat(quorum.mandatory()).contains(AssemblyLaw.MINORITY_QUORUM_VOID);
  }

  @Test
  @DisplayName("§§ 37, 39, 33 BGB: the table says what the law room gives another association's version that is silent")
  void the_table_is_what_the_law_room_gives() {
    StatuteVersion muster = silentMuster();

    assertThat(SatzungParameters.whereSilent(StatuteParameter.MINORITY_QUORUM).law())
        .isEqualTo(AssemblyLaw.minorityQuorum(muster).citation());
    assertThat(SatzungParameters.whereSilent(StatuteParameter.MINORITY_DEMAND_FORM).value())
        .contains(AssemblyLaw.minorityDemandForm(muster).value()).contains(FormRequirement.STATUTORY_WRITTEN_FORM);
    assertThat(SatzungParameters.whereSilent(StatuteParameter.EXIT_FORM).value())
        .contains(AssemblyLaw.exitForm(muster).value());
    assertThat(SatzungParameters.whereSilent(StatuteParameter.EXIT_FORM).law())
        .isEqualTo(AssemblyLaw.exitForm(muster).citation());
    assertThat(SatzungParameters.whereSilent(StatuteParameter.EXIT_NOTICE).mandatory()).contains(ExitLaw.CAP_CITATION);
    assertThat(SatzungParameters.whereSilent(StatuteParameter.STATUTE_CHANGE_MAJORITY).valueText(Locale.ENGLISH))
        .isEqualTo(AssemblyLaw.describe(AssemblyLaw.majority(
            de.nextnetz.domain.assembly.ResolutionKind.STATUTE_CHANGE, muster).value()).render(Locale.ENGLISH))
        .isEqualTo("at least 3/4 of the votes cast (abstentions do not count)");
  }

  @Test
  @DisplayName("A convention is named as one, and what the document must give is no default; in English and German")
  void conventions_and_required_values_say_so() {
    Silence fiscalYear = SatzungParameters.whereSilent(StatuteParameter.FISCAL_YEAR_END);
    assertThat(fiscalYear.basis()).isEqualTo(ParameterBasis.CONVENTION);
    assertThat(fiscalYear.valueText(Locale.ENGLISH)).isEqualTo("31 December");
    assertThat(fiscalYear.valueText(Locale.GERMAN)).isEqualTo("31. Dezember");
    assertThat(SatzungParameters.whereSilent(StatuteParameter.FEE_PRORATION).valueText(Locale.GERMAN))
        .isEqualTo("das ganze Jahr");
    assertThat(SatzungParameters.whereSilent(StatuteParameter.BOARD_TERM).basis()).isEqualTo(ParameterBasis.REQUIRED);
    assertThat(SatzungParameters.markdown(Locale.GERMAN))
        .contains("| `exitOnlyAt` | jeder Tag | nach dem Gesetz: § 39 Abs. 2 BGB (mangels Satzungsregelung) | "
            + "§ 39 Abs. 2 BGB („… die Kündigungsfrist kann höchstens zwei Jahre betragen.“) |")
        .contains("| `reElectionWithin` | keine Vorgabe | Pflichtangabe im Dokument: § 27 Abs. 1 BGB")
        .doesNotContain("FULL_YEAR", "Optional", "null");
    assertThat(Arrays.stream(ParameterBasis.values()).map(basis -> Localized.value(basis, Locale.GERMAN)))
        .doesNotContain("BGB", "CONVENTION", "REQUIRED");
  }
}
