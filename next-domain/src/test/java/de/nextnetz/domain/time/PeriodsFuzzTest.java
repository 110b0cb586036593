package de.nextnetz.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link Periods} against a second implementation written straight from the words of §§ 187, 188
 * and 193 BGB, on plain year, month and day numbers without {@code java.time} arithmetic: days are
 * stepped one at a time, months counted as numbers, and month lengths and weekdays computed here.
 */
class PeriodsFuzzTest {

  /** A day as three numbers. */
  record Day(int year, int month, int day) {
    static Day of(LocalDate date) {
      return new Day(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    LocalDate toDate() {
      return LocalDate.of(year, month, day);
    }

    Day next() {
      if (day < length(year, month)) {
        return new Day(year, month, day + 1);
      }
      return month == 12 ? new Day(year + 1, 1, 1) : new Day(year, month + 1, 1);
    }

    Day previous() {
      if (day > 1) {
        return new Day(year, month, day - 1);
      }
      return month == 1 ? new Day(year - 1, 12, 31) : new Day(year, month - 1, length(year, month - 1));
    }

    Day plusDays(int days) {
      Day result = this;
      for (int i = 0; i < days; i++) {
        result = result.next();
      }
      return result;
    }

    boolean after(Day other) {
      return year != other.year ? year > other.year : month != other.month ? month > other.month : day > other.day;
    }

    /** Monday 1 … Sunday 7 (Zeller's congruence). */
    int weekday() {
      int m = month < 3 ? month + 12 : month;
      int y = month < 3 ? year - 1 : year;
      int h = (day + 13 * (m + 1) / 5 + y % 100 + y % 100 / 4 + y / 100 / 4 + 5 * (y / 100)) % 7; // 0 = Saturday
      return (h + 5) % 7 + 1;
    }
  }

  static int length(int year, int month) {
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return switch (month) {
      case 2 -> leap ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** The month so many months on, as (year, month). */
  static int[] monthsOn(int year, int month, long months) {
    long index = year * 12L + (month - 1) + months;
    return new int[] {(int) (index / 12), (int) (index % 12) + 1};
  }

  /** § 187 Abs. 1, § 188 Abs. 2 Alt. 1 und Abs. 3: "der Tag, der durch seine Zahl dem Tag des Ereignisses entspricht". */
  static Day fromEvent(Day event, int months, int days) {
    int[] target = monthsOn(event.year, event.month, months);
    Day end = new Day(target[0], target[1], Math.min(event.day, length(target[0], target[1])));
    return end.plusDays(days);
  }

  /** § 187 Abs. 2, § 188 Abs. 2 Alt. 2 und Abs. 3: "der Tag, der dem Tag vorhergeht, der … dem Anfangstag entspricht". */
  static Day fromStartOf(Day first, int months, int days) {
    if (months == 0) {
      return first.plusDays(days - 1);
    }
    int[] target = monthsOn(first.year, first.month, months);
    Day end = first.day <= length(target[0], target[1])
        ? new Day(target[0], target[1], first.day).previous()
        : new Day(target[0], target[1], length(target[0], target[1]));
    return end.plusDays(days);
  }

  private static Day someDay(FuzzedDataProvider data) {
    int year = data.consumeInt(1600, 9000);
    int month = data.consumeInt(1, 12);
    return new Day(year, month, data.consumeInt(1, length(year, month)));
  }

  @FuzzTest(maxDuration = "30s")
  void forward_periods_agree_with_the_words_of_the_law(FuzzedDataProvider data) {
    Day day = someDay(data);
    int years = data.consumeInt(0, 30);
    int months = data.consumeInt(0, 40);
    int days = data.consumeInt(0, 400);
    Period length = Period.of(years, months, days);

    assertThat(Periods.endCountedFromEvent(day.toDate(), length))
        .isEqualTo(fromEvent(day, years * 12 + months, days).toDate());
    if (!length.isZero()) {
      assertThat(Periods.endCountedFromStartOf(day.toDate(), length))
          .isEqualTo(fromStartOf(day, years * 12 + months, days).toDate());
    }
  }

  @FuzzTest(maxDuration = "30s")
  void counted_backward_it_is_the_latest_day_whose_period_ends_in_time(FuzzedDataProvider data) {
    Day end = someDay(data);
    int months = data.consumeInt(0, 36);
    int days = data.consumeBoolean() ? 0 : data.consumeInt(0, 60);
    Day latest = end;
    while (fromEvent(latest, months, days).after(end)) {
      latest = latest.previous();
    }
    assertThat(Periods.latestEventDayFor(end.toDate(), Period.of(0, months, days))).isEqualTo(latest.toDate());
  }

  @FuzzTest(maxDuration = "30s")
  void the_next_working_day_skips_weekends_and_holidays_only(FuzzedDataProvider data) {
    Day due = someDay(data);
    Set<LocalDate> holidays = new HashSet<>();
    Day step = due;
    for (int i = 0; i < 20; i++) {
      if (data.consumeBoolean()) {
        holidays.add(step.toDate());
      }
      step = step.next();
    }
    Day expected = due;
    while (expected.weekday() >= 6 || holidays.contains(expected.toDate())) {
      expected = expected.next();
    }
    assertThat(expected.weekday()).isEqualTo(expected.toDate().getDayOfWeek().getValue());
    assertThat(Periods.nextWorkingDay(due.toDate(), holidays::contains)).isEqualTo(expected.toDate());
  }
}
