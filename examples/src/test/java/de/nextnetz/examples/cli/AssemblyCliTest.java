package de.nextnetz.examples.cli;

import de.nextnetz.rules.builtin.BuiltInRules;
import static de.nextnetz.examples.cli.NextCliTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.assembly.Consent;
import de.nextnetz.domain.assembly.Invitation;
import de.nextnetz.domain.assembly.Resolution;
import de.nextnetz.domain.assembly.ResolutionKind;
import de.nextnetz.domain.assembly.Votes;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.statute.DeclarationForm;
import de.nextnetz.json.NextJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The law of the general assembly from the command line and through the JSON format: the Musterverein. */
class AssemblyCliTest {

  private static final Path MUSTERVEREIN = Path.of(DataSet.MUSTERVEREIN);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  @Test
  @DisplayName("examples/musterverein.json is the Musterverein written as JSON (regenerate with WriteDataSets.main)")
  void the_example_file_is_the_musterverein() throws IOException {
    assertThat(Files.readString(MUSTERVEREIN))
        .isEqualTo(NextJson.standard().writeAssociationAsString(Musterverein.association()));
  }

  @Test
  @DisplayName("§§ 32–41 BGB: next check judges the Musterverein's assemblies, resolutions, exits and demands (English)")
  void check_in_english() {
    NextCliTest.Run run = next("check", MUSTERVEREIN.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("Result: 23 errors, 15 warnings, 9 infos; 97 rules: 41 satisfied, 42 violated, 14 not applicable,"
            + " 0 not decided")
        .contains("[RESOLUTION_STATUTE_CHANGE_MAJORITY_FAILED] general assembly of 20 November 2025, resolution 1\n")
        .contains("7 yes, 3 no, 0 abstentions; it needs at least 3/4 of the votes cast (abstentions do not count).")
        .contains("Citation: § 10 Abs. 3 der Satzung")
        .contains("Citation: § 37 Abs. 1 BGB (mangels Satzungsregelung)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  @DisplayName("§ 33 Abs. 1 Satz 2 BGB: next check --lang de names the missing consent in German")
  void check_in_german() {
    NextCliTest.Run run = next("check", MUSTERVEREIN.toString(), "--lang", "de");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("Ergebnis: 23 Fehler, 15 Warnungen, 9 Hinweise")
        .contains("fehlt die Zustimmung eines Mitglieds von 13: nicht erschienene Mitglieder stimmen in Textform"
            + " (§ 126b BGB) zu.")
        .contains("Die Austrittserklärung von Gerda Graf (zugegangen 1. Oktober 2025) kam als mündlich");
  }

  @Test
  @DisplayName("A document written by someone else is judged the same way: --format json equals the library's check")
  void json_report_equals_the_library() {
    NextCliTest.Run run = next("check", MUSTERVEREIN.toString(), "--format", "json");
    String library = NextJson.standard().writeCheckReportAsString(
        BuiltInRules.engine().check(Musterverein.association(), AS_OF), Locale.ENGLISH);
    assertThat(run.out().strip()).isEqualTo(library.strip());
  }

  @Test
  @DisplayName("§ 33 Abs. 1 Satz 2 BGB through the JSON format: an e-mail consent of 15 Dec 2024 fails, of 15 Jan 2025 passes")
  void vectors_through_the_json_format(@TempDir Path folder) throws IOException {
    for (String day : List.of("2024-12-15", "2025-01-15")) {
      GeneralAssembly assembly = GeneralAssembly.builder().id("mv").date(LocalDate.of(2024, 12, 10))
          .invitation(Invitation.builder().dispatchedOn(LocalDate.of(2024, 11, 20)).form(DeclarationForm.LETTER).build())
          .addResolutions(Resolution.builder().id("r").subject("Neuer Zweck").kind(ResolutionKind.PURPOSE_CHANGE)
              .votes(Votes.of(12, 0, 0)).addConsents(Consent.builder().memberId("m13").date(LocalDate.parse(day))
                  .form(DeclarationForm.EMAIL).build()).build())
          .build();
      Association association = Musterverein.association().toBuilder().generalAssemblies(List.of(assembly)).build();
      Path file = folder.resolve(day + ".json");
      NextJson.standard().writeAssociation(association, file);
      NextCliTest.Run run = next("check", file.toString(), "--format", "json");
      assertThat(run.out()).as(day).isEqualTo(NextJson.standard().writeCheckReportAsString(
          BuiltInRules.engine().check(association, AS_OF), Locale.ENGLISH));
      assertThat(run.out()).as(day).contains("\"rule\" : \"RESOLUTION_PURPOSE_CHANGE_CONSENT_MISSING\",\n    \"status\" : \""
          + (day.equals("2024-12-15") ? "VIOLATED" : "SATISFIED") + "\"");
    }
  }

  @Test
  @DisplayName("§ 26 Abs. 2 BGB: where one board member represents the association, next assembly says one signs, in"
      + " English and German")
  void one_signer_reads_in_the_singular(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("one-signer.json");
    Files.writeString(file, Files.readString(MUSTERVEREIN).replace("\"boardRepresentation\" : 2",
        "\"boardRepresentation\" : 1"));
    assertThat(next("assembly", file.toString()).out()).contains("called by the board: one board member signs (");
    assertThat(next("assembly", file.toString(), "--lang", "de").out())
        .contains("einberufen vom Vorstand: ein Vorstandsmitglied unterzeichnet (");
  }

  @Test
  @DisplayName("Satzung § 9 Abs. 2: next assembly gives the latest dispatch day per form, contents, quorum and majorities")
  void next_assembly_prepares_the_invitation() {
    NextCliTest.Run run = next("assembly", MUSTERVEREIN.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("General assembly of Musterverein e. V. on 12 December 2026 (ordinary, in-person), under the Satzung"
            + " valid from 2 June 2025")
        .contains("period: 14 days before the assembly; received by 27 November 2026 (§ 9 Abs. 2 der Satzung)")
        .contains("send as signed letter by 23 November 2026: received on day 4 after posting, or the next working day")
        .contains("send as e-mail by 27 November 2026: received on the day it was sent, taken as sent in business hours"
            + " (§ 130 Abs. 1 BGB)")
        .contains("called by the board: 2 board members sign (§ 7 Abs. 2 der Satzung)")
        .contains("Quorum: 1/4 of the 12 members, at least 3 present (§ 10 Abs. 1 der Satzung)")
        .contains("purpose change: the consent of all members (absent members in the form of the day)"
            + " (§ 33 Abs. 1 Satz 2 BGB (mangels Satzungsregelung))");
  }

  @Test
  @DisplayName("§ 32 Abs. 2 BGB: next assembly --date for a virtual assembly says it needs a basis; a recorded one lists its findings")
  void next_assembly_by_date_and_by_id() {
    NextCliTest.Run virtual = next("assembly", MUSTERVEREIN.toString(), "--date", "2027-03-13",
        "--format-of-assembly", "VIRTUAL", "--lang", "de");
    assertThat(virtual.code()).isZero();
    assertThat(virtual.out()).contains("muss angeben, wie die Mitglieder elektronisch teilnehmen und abstimmen");
    NextCliTest.Run recorded = next("assembly", MUSTERVEREIN.toString(), "--id", "mv-2025-x");
    assertThat(recorded.code()).isEqualTo(1);
    assertThat(recorded.out()).contains("Findings on this assembly: 7")
        .contains("ERRORS\n  [MV_CONVENED_BY_UNAUTHORISED] general assembly of 20 November 2025\n").contains("WARNINGS")
        .as("the one printer of findings: no enum constant for people").doesNotContain("ERROR [");
    NextCliTest.Run unknown = next("assembly", MUSTERVEREIN.toString(), "--id", "mv-1999");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("No general assembly with the id mv-1999.").doesNotContain("Exception");
    assertThat(next("assembly").err()).contains("No general assembly is planned from 22 November 2026 on");
  }

  @Test
  @DisplayName("§ 32 Abs. 2 Satz 2 BGB: next assembly and next check agree that the virtual assembly of 2025 rests on the"
      + " members' resolution of 2024, and both miss a basis once that resolution is gone")
  void the_assembly_command_and_the_check_agree_on_the_virtual_basis(@TempDir Path folder) throws IOException {
    NextCliTest.Run authorised = next("assembly", MUSTERVEREIN.toString(), "--id", "mv-2025");
    assertThat(authorised.out()).contains("basis of the format: a members' resolution (§ 32 Abs. 2 Satz 2 BGB)")
        .doesNotContain("NO BASIS");
    assertThat(BuiltInRules.engine().check(Musterverein.association(), AS_OF).findings())
        .noneMatch(finding -> finding.ruleId().value().equals("MV_VIRTUAL_NOT_AUTHORISED"));

    Association muster = Musterverein.association();
    List<GeneralAssembly> assemblies = muster.getGeneralAssemblies().stream()
        .map(assembly -> assembly.getResolutions().stream()
            .anyMatch(resolution -> resolution.getKind() == ResolutionKind.VIRTUAL_ASSEMBLY_AUTHORISATION)
            ? de.nextnetz.domain.event.ImmutableGeneralAssembly.copyOf(assembly).withResolutions(assembly.getResolutions()
                .stream().filter(resolution -> resolution.getKind() != ResolutionKind.VIRTUAL_ASSEMBLY_AUTHORISATION)
                .toList())
            : assembly)
        .toList();
    Association without = muster.toBuilder().generalAssemblies(assemblies).build();
    Path file = folder.resolve("ohne-beschluss.json");
    Files.writeString(file, NextJson.standard().writeAssociationAsString(without));
    NextCliTest.Run unauthorised = next("assembly", file.toString(), "--id", "mv-2025");
    assertThat(unauthorised.out()).contains("NO BASIS");
    assertThat(BuiltInRules.engine().check(without, AS_OF).findings())
        .anyMatch(finding -> finding.ruleId().value().equals("MV_VIRTUAL_NOT_AUTHORISED"));
  }
}
