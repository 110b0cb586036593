package de.nextnetz.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.ImmutableAssociation;
import de.nextnetz.domain.base.Money;
import de.nextnetz.domain.base.Person;
import de.nextnetz.domain.board.BoardRole;
import de.nextnetz.domain.board.BoardSeat;
import de.nextnetz.domain.board.ImmutableBoard;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.municipal.CostShare;
import de.nextnetz.domain.municipal.ImmutableMunicipalMembership;
import de.nextnetz.domain.municipal.MunicipalMembership;
import de.nextnetz.domain.seeds.NextSeeds;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DomainValidatorTest {

  @Test
  void lists_every_violation_of_an_association_with_its_path_not_only_the_first() {
    Association next = NextSeeds.association();
    Association broken = ImmutableAssociation.copyOf(next)
        .withName(" ")
        .withBoard(ImmutableBoard.copyOf(next.getBoard()).withSeats(List.of(
            BoardSeat.of(Person.of("kranstedt", ""), BoardRole.CHAIR),
            BoardSeat.of(Person.of("klumb", "Jan Klumb"), BoardRole.VICE_CHAIR))))
        .withMembers(Member.builder()
            .id("bad id!")
            .kind(MembershipKind.PERSONAL)
            .person(Person.of("x", "Someone"))
            .start(LocalDate.of(2024, 1, 1))
            .annualFee(Money.euros("-5"))
            .build());

    List<Violation> violations = DomainValidator.standard().validate(broken);

    assertThat(violations).extracting(Violation::path).containsExactly(
        "board.seats[0].person.name",
        "members[0].annualFee",
        "members[0].id",
        "name");
    assertThat(violations).extracting(Violation::message).containsExactly(
        "must not be blank",
        "must not be negative",
        "must be an identifier of letters, digits, '.', '_' or '-' (at most 64 characters)",
        "must not be blank");
  }

  @Test
  void a_municipal_membership_with_a_blank_department_and_a_negative_share_reports_both() {
    MunicipalMembership wiesbaden = ImmutableMunicipalMembership.copyOf(NextSeeds.wiesbadenMembership())
        .withCostShares(CostShare.of("", Money.euros("500")), CostShare.of("Dezernat II", Money.euros("-1")));

    assertThat(DomainValidator.standard().validate(wiesbaden)).extracting(Violation::toString)
        .containsExactly("costShares[0].department: must not be blank",
            "costShares[1].amount: must not be negative");
  }

  @Test
  void speaks_german_when_asked() {
    Person nameless = Person.of("p", " ");
    assertThat(DomainValidator.forLocale(Locale.GERMAN).validate(nameless))
        .extracting(Violation::message).containsExactly("darf nicht leer sein");
  }
}
