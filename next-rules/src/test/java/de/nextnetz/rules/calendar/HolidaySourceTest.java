package de.nextnetz.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.nextnetz.domain.time.FederalState;
import de.nextnetz.domain.time.HolidayCalendar;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The holidays of § 193 BGB behind {@link HolidaySource}: Jollyday, the built-in calendar, an application's own. */
class HolidaySourceTest {

  /** What a program does: names its source and asks for holidays in Berlin. */
  public static void main(String[] args) {
    System.out.println(PublicHolidays.source().name() + "; 8 May 2025 in Berlin: "
        + PublicHolidays.of(FederalState.BE).isPublicHoliday(LocalDate.of(2025, 5, 8)) + "; Monday 1 Dec 2025: "
        + PublicHolidays.of(FederalState.BE).isPublicHoliday(LocalDate.of(2025, 12, 1)));
  }

  /** An application's own source, registered for ServiceLoader in the subprocess test: every Monday is free. */
  public static final class EveryMonday implements HolidaySource {
    /** Creates the source. */
    public EveryMonday() {}

    @Override
    public HolidayCalendar calendar(Optional<FederalState> land) {
      return day -> day.getDayOfWeek() == DayOfWeek.MONDAY;
    }

    @Override
    public String name() {
      return "every Monday";
    }
  }

  @Test
  @DisplayName("§ 193 BGB: Jollyday answers by default, where it is on the class path")
  void jollyday_is_the_default() {
    assertThat(PublicHolidays.source()).isInstanceOf(JollydayHolidays.class);
    assertThat(PublicHolidays.source().name()).startsWith("Jollyday");
  }

  @Test
  @DisplayName("Easter Sunday by the Gregorian computus: 2000, 2024, 2025, 2026, 2038")
  void easter() {
    assertThat(List.of(2000, 2024, 2025, 2026, 2038)).map(StatutoryHolidays::easterSunday).containsExactly(
        LocalDate.of(2000, 4, 23), LocalDate.of(2024, 3, 31), LocalDate.of(2025, 4, 20), LocalDate.of(2026, 4, 5),
        LocalDate.of(2038, 4, 25));
    assertThat(StatutoryHolidays.repentanceDay(2025)).isEqualTo(LocalDate.of(2025, 11, 19));
    assertThat(StatutoryHolidays.repentanceDay(2023)).as("23 Nov 2023 was a Thursday").isEqualTo(LocalDate.of(2023, 11, 22));
  }

  @Test
  @DisplayName("The built-in statutory calendar agrees with Jollyday on every day from 1954 to 2060, in every Land and nationwide")
  void the_built_in_calendar_agrees_with_jollyday() {
    HolidayManager germany = HolidayManager.getInstance(ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.GERMANY));
    List<Optional<FederalState>> places = new ArrayList<>();
    places.add(Optional.empty());
    Arrays.stream(FederalState.values()).map(Optional::of).forEach(places::add);
    List<String> differences = new ArrayList<>();
    int holidays = 0;
    for (int year = 1954; year <= 2060; year++) {
      for (Optional<FederalState> place : places) {
        Set<Holiday> theirs = place.isEmpty()
            ? germany.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)
            : germany.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, place.get().name().toLowerCase(Locale.ROOT));
        Set<LocalDate> expected = theirs.stream().map(Holiday::getDate).collect(Collectors.toCollection(TreeSet::new));
        Set<LocalDate> ours = new TreeSet<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
          if (StatutoryHolidays.isHoliday(day, place)) {
            ours.add(day);
          }
        }
        holidays += expected.size();
        if (!ours.equals(expected)) {
          differences.add(place.map(Enum::name).orElse("DE") + " " + year + ": Jollyday " + expected + ", built-in " + ours);
        }
      }
    }
    assertThat(differences).isEmpty();
    assertThat(holidays).as("holidays compared").isGreaterThan(15_000);
  }

  private static String classPathWithout(String part) {
    return Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
            .split(File.pathSeparator))
        .filter(entry -> !entry.contains(part))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String run(String classPath) throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, HolidaySourceTest.class.getName()).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("§ 193 BGB: an application that leaves Jollyday out gets the built-in calendar, with Berlin's 8 May 2025")
  void without_jollyday_the_built_in_calendar_answers() throws Exception {
    String classPath = classPathWithout("jollyday");
    assertThat(classPath).doesNotContain("jollyday").contains("next-domain");
    assertThat(run(classPath)).isEqualTo("built-in statutory holidays; 8 May 2025 in Berlin: true; Monday 1 Dec 2025: false\n");
  }

  @Test
  @DisplayName("An application's own source, registered for ServiceLoader, answers instead of Jollyday")
  void an_applications_own_source_answers(@TempDir Path services) throws Exception {
    Path file = services.resolve("META-INF/services/" + HolidaySource.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, EveryMonday.class.getName() + "\n");
    String classPath = services + File.pathSeparator + classPathWithout("slf4j-nop");
    assertThat(run(classPath)).isEqualTo("every Monday; 8 May 2025 in Berlin: false; Monday 1 Dec 2025: true\n");
  }
}
