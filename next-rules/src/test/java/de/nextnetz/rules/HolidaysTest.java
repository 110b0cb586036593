package de.nextnetz.rules;

import de.nextnetz.rules.builtin.BuiltInRules;
import static de.nextnetz.rules.Fixtures.day;
import static de.nextnetz.rules.Fixtures.next;
import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.time.FederalState;
import de.nextnetz.domain.time.Periods;
import de.nextnetz.rules.calendar.PublicHolidays;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** § 193 BGB with the holidays of the seat's Land, as the Jollyday library maintains them. */
class HolidaysTest {

  private static Association dueOn(Association association, MonthDay day) {
    return Fixtures.withStatute(association, v -> v.withFeeDueDay(day));
  }

  private static Outcome feeDue(Association association, LocalDate asOf) {
    return BuiltInRules.engine().check(association, asOf).outcomes().stream()
        .filter(o -> o.ruleId().equals(RuleId.of("FEE_DUE"))).findFirst().orElseThrow();
  }

  private static LocalDate dueBy(Outcome outcome) {
    assertThat(outcome.deadlines()).hasSize(1);
    return outcome.deadlines().get(0).dueBy();
  }

  /** A Wiesbaden-based association: the seat's name alone does not tell the Land. */
  private static Association inWiesbaden(Optional<FederalState> land) {
    return next().withSeat("Wiesbaden").withSeatState(land);
  }

  @Test
  @DisplayName("Berlin: 8 May 2020 and 8 May 2025 were one-off public holidays (Tag der Befreiung), 8 May 2024 was not; 17 June 2028 is enacted")
  void berlins_one_off_holidays() {
    PublicHolidays berlin = PublicHolidays.of(FederalState.BE);
    assertThat(berlin.isPublicHoliday(day("2020-05-08"))).isTrue();
    assertThat(berlin.isPublicHoliday(day("2025-05-08"))).isTrue();
    assertThat(berlin.isPublicHoliday(day("2024-05-08"))).isFalse();
    assertThat(berlin.isPublicHoliday(day("2028-06-17"))).isTrue();
    assertThat(PublicHolidays.of(FederalState.HH).isPublicHoliday(day("2025-05-08"))).as("not in Hamburg").isFalse();
    assertThat(PublicHolidays.nationwide().isPublicHoliday(day("2025-10-03"))).as("Tag der Deutschen Einheit").isTrue();
  }

  @Test
  @DisplayName("§ 193 BGB: NExT's fee due on 8 May 2025 (a Berlin holiday) is due on Friday 9 May; one due on Friday 8 May 2020 on Monday 11 May")
  void a_fee_due_on_a_berlin_one_off_holiday_moves_to_the_next_working_day() {
    Association next = dueOn(next(), MonthDay.of(5, 8));
    Outcome in2025 = feeDue(next, day("2025-01-15"));
    assertThat(dueBy(in2025)).isEqualTo(day("2025-05-09"));
    assertThat(in2025.deadlines().get(0).message(Locale.ENGLISH)).contains("moved to a working day in Berlin");
    assertThat(Periods.nextWorkingDay(day("2020-05-08"), PublicHolidays.atSeatOf(next))).isEqualTo(day("2020-05-11"));
    assertThat(Periods.nextWorkingDay(day("2024-05-08"), PublicHolidays.atSeatOf(next))).as("a working day in 2024")
        .isEqualTo(day("2024-05-08"));
  }

  @Test
  @DisplayName("§ 193 BGB: Fronleichnam (19 June 2025) moves a fee of an association seated in Hessen, not NExT's in Berlin")
  void another_lands_holiday_applies_to_an_association_seated_there() {
    MonthDay corpusChristi = MonthDay.of(6, 19);
    assertThat(dueBy(feeDue(dueOn(inWiesbaden(Optional.of(FederalState.HE)), corpusChristi), day("2025-01-15"))))
        .isEqualTo(day("2025-06-20"));
    assertThat(dueBy(feeDue(dueOn(next(), corpusChristi), day("2025-01-15")))).isEqualTo(day("2025-06-19"));
  }

  @Test
  @DisplayName("§ 193 BGB: where the Land of the seat is not known, only nationwide holidays count and the rule names /seatState as missing")
  void without_a_land_only_nationwide_holidays_count() {
    Outcome outcome = feeDue(dueOn(inWiesbaden(Optional.empty()), MonthDay.of(6, 19)), day("2025-01-15"));
    assertThat(dueBy(outcome)).isEqualTo(day("2025-06-19"));
    assertThat(outcome.missingFacts()).containsExactly("/seatState");
    assertThat(outcome.deadlines().get(0).message(Locale.GERMAN)).contains("nur bundesweite Feiertage");
  }

  @Test
  @DisplayName("The Land follows from the seat: Berlin is Berlin; a given Land wins over the name")
  void the_land_follows_from_the_seat() {
    assertThat(next().withSeatState(Optional.empty()).landOfSeat()).contains(FederalState.BE);
    assertThat(inWiesbaden(Optional.of(FederalState.HE)).landOfSeat()).contains(FederalState.HE);
    assertThat(Periods.nextWorkingDay(day("2025-06-19"), PublicHolidays.atSeatOf(inWiesbaden(Optional.of(FederalState.HE)))))
        .isEqualTo(day("2025-06-20"));
  }
}
