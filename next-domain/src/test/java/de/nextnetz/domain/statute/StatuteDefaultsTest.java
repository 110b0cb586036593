package de.nextnetz.domain.statute;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.validation.DomainValidator;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A Satzung that is silent on NExT's own rhythm (conferences, community meetings) is built without it. */
class StatuteDefaultsTest {

  @Test
  @DisplayName("§ 58 BGB, the Satzung as data: a version without conferences or communities needs no seasons and no"
      + " meeting band, and gets neutral ones")
  void a_statute_without_nexts_rhythm_builds() {
    StatuteVersion version = StatuteVersion.builder().validFrom(LocalDate.of(2020, 1, 1)).source("Satzung vom 1.1.2020")
        .chairs(1).viceChairs(1).treasurers(1).furtherBoardMembers(0).reElectionWithin(Period.ofYears(2))
        .addMembershipKinds(MembershipKind.PERSONAL).reviewersRequired(0).build();

    assertThat(version.isSpringAndAutumnConference()).isFalse();
    assertThat(version.getSpring().getFirstDay()).isEqualTo(MonthDay.of(1, 1));
    assertThat(version.getAutumn().getLastDay()).isEqualTo(MonthDay.of(12, 31));
    assertThat(version.getCommunityMinMeetings()).isZero();
    assertThat(version.getCommunityMaxMeetings()).isEqualTo(Integer.MAX_VALUE);
    assertThat(DomainValidator.standard().validate(version)).isEmpty();
  }
}
