package de.nextnetz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.validation.DomainValidator;
import de.nextnetz.json.NextJson;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each implementation of the peer rules gives the same verdicts on the same data before it is timed. */
class PeersAgreeTest {

  private static DroolsPeer drools;

  @BeforeAll
  static void compileDrools() {
    drools = new DroolsPeer();
  }

  @ParameterizedTest(name = "{0} members")
  @ValueSource(ints = {1_000, 10_000})
  void library_easy_rules_drools_and_the_hand_loop_agree(int members) {
    Association association = Generated.association(members, 42);

    Verdicts library = LibraryPeer.verdicts(LibraryPeer.check(association, Generated.AS_OF));

    assertThat(library.boardElectionOverdue()).isTrue();
    assertThat(library.reviewersInsufficient()).hasSizeBetween(members / 100, members / 25);
    assertThat(HandLoop.verdicts(association, Generated.AS_OF)).isEqualTo(library);
    assertThat(EasyRulesPeer.verdicts(association, Generated.AS_OF)).isEqualTo(library);
    assertThat(drools.verdicts(association, Generated.AS_OF)).isEqualTo(library);
  }

  @Test
  @DisplayName("Satzung 1.3: on NExT's own data all four see the board election overdue on 2026-11-22, not on 2026-11-21")
  void they_agree_on_the_seeds_on_both_sides_of_the_deadline() {
    for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22)}) {
      Association next = NextSeeds.association();
      Verdicts library = LibraryPeer.verdicts(LibraryPeer.check(next, day));
      assertThat(library.boardElectionOverdue()).isEqualTo(day.getDayOfMonth() == 22);
      assertThat(HandLoop.verdicts(next, day)).isEqualTo(library);
      assertThat(EasyRulesPeer.verdicts(next, day)).isEqualTo(library);
      assertThat(drools.verdicts(next, day)).isEqualTo(library);
    }
  }

  @Test
  void generated_associations_are_valid_and_round_trip_as_json() {
    Association association = Generated.association(1_000, 7);
    assertThat(DomainValidator.standard().validate(association)).isEmpty();
    assertThat(NextJson.standard().readAssociation(NextJson.standard().writeAssociationAsString(association)))
        .isEqualTo(association);
    assertThat(Generated.association(1_000, 7)).as("deterministic").isEqualTo(association);
    assertThat(PlainJackson.read(PlainJackson.write(PlainJackson.from(association))).members).hasSize(1_000);
  }
}
