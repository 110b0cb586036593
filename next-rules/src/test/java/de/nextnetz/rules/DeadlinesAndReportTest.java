package de.nextnetz.rules;

import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.EventFormat;
import de.nextnetz.domain.event.EventMode;
import de.nextnetz.domain.base.MembershipKind;
import de.nextnetz.domain.time.Periods;
import de.nextnetz.rules.calendar.PublicHolidays;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.deadlines.Deadlines;
import de.nextnetz.rules.report.ActivityReport;
import de.nextnetz.rules.report.CommunityMeetings;
import java.time.MonthDay;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlinesAndReportTest {

  @Test
  @DisplayName("Satzung 1.3: the board elected 21 Nov 2024 must be re-elected by 21 Nov 2026")
  void deadlines_of_2026() {
    List<Deadline> due = Deadlines.between(next(), day("2026-01-01"), day("2026-12-31"));

    assertThat(due.get(0).dueBy()).isEqualTo(day("2026-05-31"));
    assertThat(due).filteredOn(d -> d.ruleId().value().equals("BOARD_ELECTION_OVERDUE"))
        .singleElement().satisfies(d -> {
          assertThat(d.dueBy()).isEqualTo(day("2026-11-21"));
          assertThat(d.overdue()).isFalse();
          assertThat(d.message(Locale.ENGLISH)).isEqualTo("Re-elect the board (last elected on 21 November 2024) by 21 November 2026.");
          assertThat(d.citation().source()).contains("1.3");
        });
    assertThat(due).extracting(d -> d.ruleId().value()).contains("MV_ANNUAL_MISSING", "NEXTPANEL_FREQUENCY");
    assertThat(due).filteredOn(d -> d.ruleId().value().equals("COMMUNITY_MEETING_FREQUENCY")).hasSize(17);
    assertThat(due).isSortedAccordingTo(java.util.Comparator.comparing(Deadline::dueBy));
  }

  @Test
  void an_overdue_deadline_is_listed_and_marked() {
    List<Deadline> due = Deadlines.between(next(), day("2027-01-01"), day("2027-03-31"));
    assertThat(due).filteredOn(Deadline::overdue).extracting(Deadline::dueBy).contains(day("2026-11-21"));
    assertThatThrownBy(() -> Deadlines.between(next(), day("2026-01-01"), day("2126-01-01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 100 years");
    assertThat(Deadlines.between(next(), day("2026-01-01"), day("2125-12-31"))).isNotEmpty();
    assertThatThrownBy(() -> Deadlines.between(next(), day("2027-01-02"), day("2027-01-01")))
        .hasMessage("'to' (2027-01-01) must not be before 'from' (2027-01-02)");
  }

  @Test
  @DisplayName("§ 193 BGB: a fee due on Good Friday 18 Apr 2025 is paid on Tuesday 22 Apr 2025, after Easter")
  void fee_due_dates_move_to_the_next_working_day_in_berlin() {
    Association withDueDay = Fixtures.withStatute(next(), v -> v.withFeeDueDay(MonthDay.of(4, 18)));

    assertThat(Deadlines.between(withDueDay, day("2025-01-01"), day("2025-12-31")))
        .filteredOn(d -> d.ruleId().value().equals("FEE_DUE")).singleElement().satisfies(d -> {
          assertThat(d.dueBy()).isEqualTo(day("2025-04-22"));
          assertThat(d.message(Locale.ENGLISH)).contains("one member, €1,000.00");
        });
    PublicHolidays berlin = PublicHolidays.atSeatOf(next());
    assertThat(Periods.isWorkingDay(day("2024-03-08"), berlin)).as("Internationaler Frauentag, Berlin").isFalse();
    assertThat(Periods.isWorkingDay(day("2024-05-09"), berlin)).as("Christi Himmelfahrt").isFalse();
    assertThat(Periods.isWorkingDay(day("2024-05-20"), berlin)).as("Pfingstmontag").isFalse();
    assertThat(Periods.nextWorkingDay(day("2024-12-24"), berlin)).isEqualTo(day("2024-12-24"));
    assertThat(Periods.nextWorkingDay(day("2024-12-25"), berlin)).isEqualTo(day("2024-12-27"));
  }

  @Test
  @DisplayName("Tätigkeitsbericht 1.2 and 2.1: 115 members (37/78), +12 personal, 57 events (rows) of which 2 NExTpanel")
  void the_2024_activity_report() {
    ActivityReport report = ActivityReport.of(next(), Year.of(2024));

    assertThat(report.getMembersAtYearEnd(EnumSet.of(MembershipKind.PERSONAL, MembershipKind.INSTITUTIONAL))).isEqualTo(115);
    assertThat(report.getMembersAtYearEnd()).containsEntry(MembershipKind.INSTITUTIONAL, 37)
        .containsEntry(MembershipKind.PERSONAL, 78).containsEntry(MembershipKind.ASSOCIATED, 1);
    assertThat(report.getJoined()).containsEntry(MembershipKind.PERSONAL, 12)
        .containsEntry(MembershipKind.INSTITUTIONAL, 0).containsEntry(MembershipKind.ASSOCIATED, 1);
    assertThat(report.getLeft().values()).allMatch(n -> n == 0);
    assertThat(report.getEventDays()).isEqualTo(57);
    assertThat(report.getEvents()).isEqualTo(56);
    assertThat(report.getPanelConferences()).isEqualTo(2);
    assertThat(report.getEventsByFormat()).containsEntry(EventFormat.COMMUNITY_MEETING, 47)
        .containsEntry(EventFormat.NEXTPERSPEKTIVEN, 4);
    assertThat(report.getEventDaysByFormat()).containsEntry(EventFormat.NEXTPANEL_AUTUMN, 2);
    assertThat(report.getEventsByMode()).containsEntry(EventMode.VIRTUAL, 54).containsEntry(EventMode.IN_PERSON, 2);
    assertThat(report.getGeneralAssemblies()).containsExactly(day("2024-11-21"));
    assertThat(report.getCommunityMeetings()).hasSize(17)
        .extracting(CommunityMeetings::communityId, CommunityMeetings::name, CommunityMeetings::meetings)
        .contains(org.assertj.core.api.Assertions.tuple("women-at-next", "women@NExT", 5),
            org.assertj.core.api.Assertions.tuple("digitale-ethik-ki", "Digitale Ethik & KI", 3),
            org.assertj.core.api.Assertions.tuple("wissensmanagement", "Wissensmanagement", 3));
    assertThat(report.getCommunityMeetings()).filteredOn(meetings -> meetings.communityId().equals("women-at-next"))
        .singleElement().satisfies(meetings -> assertThat(meetings.withinStatute()).as("5 of 2 to 6").contains(true));
    assertThat(report.getCommunityMeetings().stream().mapToInt(CommunityMeetings::meetings).sum()).isEqualTo(47);
  }
}
