package de.nextnetz.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
      "2023-10-12, P2Y, 2025-10-12",   // reference vector 1: the board deadline
      "2024-02-29, P2Y, 2026-02-28",   // reference vector 2: the leap day, § 188 Abs. 3
      "2024-02-29, P4Y, 2028-02-29",
      "2025-03-10, P3M, 2025-06-10",   // reference vector 11: § 73 from the day the number fell
      "2025-01-31, P1M, 2025-02-28",   // § 188 Abs. 3: February has no 31st
      "2024-01-31, P1M, 2024-02-29",
      "2025-11-30, P3M, 2026-02-28",
      "2025-08-10, P7D, 2025-08-17",   // law-blog example: receipt Wed 10 Aug, one week, ends Wed 17 Aug
      "2025-08-10, P1W, 2025-08-17",
      "2025-12-31, P0D, 2025-12-31"})
  @DisplayName("§§ 187 Abs. 1, 188 Abs. 2 Alt. 1, Abs. 3 BGB: counted from an event, a period ends on the day of the same number")
  void counted_from_an_event(String event, String length, String end) {
    assertThat(Periods.endCountedFromEvent(day(event), Period.parse(length))).isEqualTo(day(end));
    assertThat(Periods.end(Counting.FROM_EVENT, day(event), Period.parse(length))).isEqualTo(day(end));
  }

  @ParameterizedTest(name = "from {0}, {1}: {2}")
  @CsvSource({
      "2025-03-01, P1M, 2025-03-31",   // the 1st: the day before the 1st of the next month
      "2025-01-01, P1Y, 2025-12-31",
      "2025-01-31, P1M, 2025-02-28",   // § 188 Abs. 3: the day before "31 Feb" is missing too
      "2024-01-31, P1M, 2024-02-29",
      "2024-01-30, P1M, 2024-02-29",
      "2025-01-30, P1M, 2025-02-28",
      "2025-01-29, P1M, 2025-02-28",   // the day before 29 Feb 2025, which does not exist
      "2025-01-15, P1M, 2025-02-14",
      "2024-02-29, P1Y, 2025-02-28",
      "2025-03-11, P3M, 2025-06-10",   // § 73: from the start of the day after the number fell
      "2025-08-11, P7D, 2025-08-17"})
  @DisplayName("§§ 187 Abs. 2, 188 Abs. 2 Alt. 2, Abs. 3 BGB: from the start of a day, a period ends the day before the day of the same number")
  void counted_from_the_start_of_a_day(String first, String length, String end) {
    assertThat(Periods.endCountedFromStartOf(day(first), Period.parse(length))).isEqualTo(day(end));
    assertThat(Periods.end(Counting.FROM_START_OF_DAY, day(first), Period.parse(length))).isEqualTo(day(end));
  }

  @ParameterizedTest(name = "exit {0} with {1}: receipt by {2}")
  @CsvSource({
      "2025-12-31, P3M, 2025-09-30",   // reference vector 8
      "2025-06-30, P1M, 2025-05-31",   // reference vector 9: not 30 May
      "2000-01-28, P11M, 1999-02-28",  // issue 11: not 27 Feb
      "2025-03-31, P1M, 2025-02-28",
      "2024-03-31, P1M, 2024-02-29",
      "2025-12-31, P0M, 2025-12-31"})
  @DisplayName("§ 39 Abs. 2 BGB: counted backward, the latest receipt whose notice period ends by the exit")
  void counted_backward(String exit, String length, String latest) {
    LocalDate receipt = Periods.latestEventDayFor(day(exit), Period.parse(length));
    assertThat(receipt).isEqualTo(day(latest));
    assertThat(Periods.endCountedFromEvent(receipt, Period.parse(length))).isBeforeOrEqualTo(day(exit));
    assertThat(Periods.endCountedFromEvent(receipt.plusDays(1), Period.parse(length))).isAfter(day(exit));
  }

  @Test
  @DisplayName("§ 193 BGB: a Saturday, Sunday or holiday gives way to the next working day; a working day stays")
  void the_next_working_day() {
    HolidayCalendar christmas = d -> Set.of(day("2024-12-25"), day("2024-12-26")).contains(d);
    assertThat(Periods.nextWorkingDay(day("2024-12-24"), christmas)).isEqualTo(day("2024-12-24"));
    assertThat(Periods.nextWorkingDay(day("2024-12-25"), christmas)).isEqualTo(day("2024-12-27"));
    assertThat(Periods.nextWorkingDay(day("2025-05-10"), HolidayCalendar.none())).as("Saturday").isEqualTo(day("2025-05-12"));
    assertThat(Periods.isWorkingDay(day("2025-05-11"), HolidayCalendar.none())).as("Sunday").isFalse();
  }

  @Test
  void a_negative_period_or_an_empty_one_from_the_start_of_a_day_is_refused() {
    assertThatThrownBy(() -> Periods.endCountedFromEvent(day("2025-01-01"), Period.ofMonths(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative, but was P-1M");
    assertThatThrownBy(() -> Periods.endCountedFromStartOf(day("2025-01-01"), Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be zero");
    assertThatThrownBy(() -> Periods.end(Counting.NEXT_WORKING_DAY, day("2025-01-01"), Period.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_land_of_a_seat_is_known_for_the_city_states_only() {
    assertThat(FederalState.ofSeat("Berlin")).contains(FederalState.BE);
    assertThat(FederalState.ofSeat(" hamburg ")).contains(FederalState.HH);
    assertThat(FederalState.ofSeat("Wiesbaden")).isEmpty();
    assertThat(FederalState.HE.germanName()).isEqualTo("Hessen");
  }
}
