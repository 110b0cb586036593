package de.nextnetz.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.membership.ImmutableMember;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The writer refuses what its own reader and schema would refuse, before writing anything. */
class WriterRefusesTest {

  private static final NextJson JSON = NextJson.builder().validate(false).build();

  private static ImmutableAssociation foundedOn(LocalDate day) {
    return ImmutableAssociation.copyOf(JsonFixtures.smallNext()).withFoundingDate(day);
  }

  @Test
  @DisplayName("A founding day of the year 10000 or -1 is refused with its pointer, not written as +10000-01-01 or -0001-01-01")
  void years_outside_the_format_are_refused() {
    assertThatThrownBy(() -> JSON.writeAssociationAsString(foundedOn(LocalDate.of(10_000, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write /foundingDate: the year 10000 of +10000-01-01 cannot be written: the format holds"
            + " years of four digits (0000 to 9999)");
    assertThatThrownBy(() -> JSON.writeAssociationAsString(foundedOn(LocalDate.of(-1, 12, 31))))
        .hasMessageStartingWith("cannot write /foundingDate: the year -1 of -0001-12-31");
  }

  @Test
  @DisplayName("The years 0000 and 9999 are the format's own: written, read back equal")
  void the_first_and_last_year_of_the_format_round_trip() {
    for (LocalDate day : new LocalDate[] {LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31)}) {
      Association association = foundedOn(day);
      assertThat(JSON.readAssociation(JSON.writeAssociationAsString(association))).isEqualTo(association);
    }
  }

  @Test
  @DisplayName("Negative money is refused where it stands, and the stream gets nothing half-written")
  void negative_money_is_refused_and_nothing_is_written() {
    Association association = foundedOn(JsonFixtures.smallNext().getFoundingDate()).withMembers(
        ImmutableMember.copyOf(JsonFixtures.smallNext().getMembers().get(0)).withAnnualFee(Money.euros("-150.00")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> JSON.writeAssociation(association, out))
        .hasMessage("cannot write /members/0/annualFee: the amount -150.00 is negative, and the money of the format is not");
    assertThat(out.size()).isZero();
  }
}
