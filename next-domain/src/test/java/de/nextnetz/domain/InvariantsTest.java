package de.nextnetz.domain;

import de.nextnetz.domain.base.Person;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.domain.community.Community;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.membership.Member;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.seeds.NextSeeds;
import de.nextnetz.domain.statute.Statute;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Values that would be meaningless are refused when built, with a message naming the attribute. */
class InvariantsTest {

  @Test
  void a_membership_cannot_end_before_it_starts() {
    assertThatThrownBy(() -> Member.builder()
            .id("P-001").kind(MembershipKind.PERSONAL).person(Person.of("p", "P"))
            .start(LocalDate.of(2024, 5, 1)).end(LocalDate.of(2024, 4, 30)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("member P-001: 'end' (2024-04-30) must not be before 'start' (2024-05-01)");
  }

  @Test
  void a_member_is_either_a_person_or_an_organisation() {
    assertThatThrownBy(() -> Member.builder()
            .id("P-001").kind(MembershipKind.PERSONAL).start(LocalDate.of(2024, 5, 1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("member P-001: exactly one of 'person' and 'organisation' must be set");
  }

  @Test
  void an_event_cannot_end_before_it_starts() {
    assertThatThrownBy(() -> Event.builder()
            .id("2024-48").date(LocalDate.of(2024, 11, 22)).endDate(LocalDate.of(2024, 11, 21))
            .format(EventFormat.NEXTPANEL_AUTUMN).title("Herbstkonferenz (MV)").mode(EventMode.IN_PERSON)
            .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'endDate' (2024-11-21) must not be before 'date' (2024-11-22)");
  }

  @Test
  void a_founding_date_must_lie_in_the_founding_year() {
    assertThatThrownBy(() -> Community.builder().id("c").name("Chatbot")
            .foundingYear(Year.of(2023)).foundingDate(LocalDate.of(2024, 1, 1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'foundingDate' (2024-01-01) must lie in 'foundingYear' (2023)");
  }

  @Test
  void two_statute_versions_cannot_start_on_the_same_day() {
    var version = NextSeeds.statute().getVersions().get(0);
    assertThatThrownBy(() -> Statute.builder().addVersions(version, version).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'validFrom' (2018-07-12)");
  }

  @Test
  void a_missing_required_attribute_is_named() {
    assertThatThrownBy(() -> Person.builder().id("p").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }
}
