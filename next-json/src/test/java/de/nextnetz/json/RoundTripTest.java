package de.nextnetz.json;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.json.codec.DomainCodecs;
import de.nextnetz.json.codec.ObjectCodec;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

  private final NextJson json = NextJson.standard();

  @Test
  @DisplayName("Tätigkeitsbericht 2024: NExT with its board, 116 members, 56 events of Table 1 and Wiesbaden survives a round trip")
  void the_seeded_association_survives_a_round_trip() {
    Association next = NextSeeds.association();

    String written = json.writeAssociationAsString(next);
    Association read = json.readAssociation(written);

    assertThat(read).isEqualTo(next);
    assertThat(json.writeAssociationAsString(read)).as("stable order: a second export is identical").isEqualTo(written);
    assertThat(written).startsWith("{\n  \"format\" : \"nextnetz.association\",\n  \"version\" : 4,\n  \"name\" : ");
    assertThat(written).contains("\"sourceRows\" : [ 48, 49 ]")
        .contains("\"annualFee\" : {\n      \"amount\" : \"1000.00\",\n      \"currency\" : \"EUR\"");
  }

  @Test
  @DisplayName("A day the document names twice is one LocalDate when read; a bad date is reported at each place")
  void a_day_named_twice_is_read_once() {
    Association next = NextSeeds.association();
    Association read = json.readAssociation(json.writeAssociationAsString(next));

    // The 2024 board's election and the assembly of 21 November 2024 name the same day.
    java.time.LocalDate election = read.getBoard().getElections().get(read.getBoard().getElections().size() - 1).getDate();
    java.time.LocalDate assembly = read.getGeneralAssemblies().stream()
        .filter(a -> a.getDate().equals(NextSeeds.ELECTION_2024)).findFirst().orElseThrow().getDate();
    assertThat(election).isEqualTo(NextSeeds.ELECTION_2024).isSameAs(assembly);

    String twiceBad = json.writeAssociationAsString(next).replace("\"2024-11-21\"", "\"2024-11-31\"");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
            de.nextnetz.json.problem.NextJsonException.class, () -> json.readAssociation(twiceBad)).getProblems())
        .filteredOn(problem -> problem.message().contains("2024-11-31")).hasSizeGreaterThan(1);
  }

  @Test
  @DisplayName("§§ 32–41 BGB: the Musterverein with its assemblies, resolutions, exits, demands and filings survives a round trip")
  void the_musterverein_survives_a_round_trip() {
    Association muster = de.nextnetz.domain.seeds.Musterverein.association();
    String written = json.writeAssociationAsString(muster);
    assertThat(json.readAssociation(written)).isEqualTo(muster);
    assertThat(written).contains("\"admissionProcedureKinds\" : [ ]").contains("\"quorum\" : \"1/4\"")
        .contains("\"parameter\" : \"INVITATION_PERIOD\"");
  }

  @Test
  @DisplayName("A version 1 document (before seatState) still reads; the Land then follows from the seat Berlin")
  void a_version_1_document_still_reads() {
    Association next = NextSeeds.association();
    String version1 = json.writeAssociationAsString(next).replace("\"version\" : 3,", "\"version\" : 1,")
        .replace("  \"seatState\" : \"BE\",\n", "");

    Association read = json.readAssociation(version1);

    assertThat(read.getSeatState()).isEmpty();
    assertThat(read.landOfSeat()).contains(de.nextnetz.domain.time.FederalState.BE);
    assertThat(de.nextnetz.domain.ImmutableAssociation.copyOf(read).withSeatState(next.getSeatState())).isEqualTo(next);
  }

  @Test
  @DisplayName("Beschluss Nr. 0057: Wiesbaden's membership with its 500/500 split survives a round trip")
  void wiesbadens_membership_survives_a_round_trip() {
    MunicipalMembership wiesbaden = NextSeeds.wiesbadenMembership();
    String written = json.writeMunicipalMembershipAsString(wiesbaden);
    assertThat(json.readMunicipalMembership(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(wiesbaden);
  }

  @Test
  void reads_and_writes_files(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("next.json");
    json.writeAssociation(NextSeeds.association(), file);
    assertThat(Files.size(file)).isGreaterThan(10_000);
    assertThat(json.readAssociation(file)).isEqualTo(NextSeeds.association());
  }

  @Test
  @DisplayName("Nothing is lost: every attribute of every domain type has a JSON property")
  void every_attribute_of_every_type_is_in_the_format() throws ClassNotFoundException {
    for (ObjectCodec<?, ?> codec : DomainCodecs.all()) {
      Class<?> type = codec.type();
      Class<?> immutable = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      List<String> attributes = Arrays.stream(immutable.getDeclaredFields())
          .filter(field -> !Modifier.isStatic(field.getModifiers()))
          .map(Field::getName)
          .filter(name -> !name.equals("initShim"))
          .sorted().toList();
      boolean document = codec == DomainCodecs.ASSOCIATION || codec == DomainCodecs.MUNICIPAL_PORTFOLIO;
      List<String> properties = codec.propertyNames().stream()
          .filter(name -> !document || (!name.equals("format") && !name.equals("version"))).sorted().toList();
      assertThat(properties).as(type.getSimpleName()).isEqualTo(attributes);
    }
  }
}
