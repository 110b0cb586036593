package de.nextnetz.rules.rhythm;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.rules.Outcome;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The completed years the rhythm rules judge, and those whose records are missing. */
final class RecordedYears {

  private RecordedYears() {}

  /**
   * The completed years with records, from the first recorded year to the year before the day;
   * years without records in that span are named as missing on the outcome.
   */
  static List<Year> judged(Association association, LocalDate asOf, Outcome.Builder outcome) {
    Set<Integer> recorded = new TreeSet<>();
    for (Event event : association.getEvents()) {
      recorded.add(event.getDate().getYear());
    }
    for (GeneralAssembly assembly : association.getGeneralAssemblies()) {
      if (assembly.getStatus() == AssemblyStatus.HELD) {
        recorded.add(assembly.getDate().getYear());
      }
    }
    List<Year> years = new ArrayList<>();
    if (recorded.isEmpty()) {
      return years;
    }
    int first = recorded.iterator().next();
    for (int year = first; year < asOf.getYear(); year++) {
      if (recorded.contains(year)) {
        years.add(Year.of(year));
      } else {
        outcome.missing("/events (none recorded in " + year + ")");
      }
    }
    return years;
  }

  static boolean within(LocalDate day, Year year) {
    return day.getYear() == year.getValue();
  }
}
