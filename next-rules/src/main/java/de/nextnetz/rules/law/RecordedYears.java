package de.nextnetz.rules.law;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.event.AssemblyStatus;
import de.nextnetz.domain.event.Event;
import de.nextnetz.domain.event.GeneralAssembly;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.SharedLookup;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The years the rhythm rules can judge: a year counts as recorded when any event or held assembly
 * falls in it. Years between the first record and the day of a check without any record are named
 * as missing, as one range, so that the cost does not grow with the distance to the day. The
 * engine computes them once per check run ({@link #LOOKUP}) for all rhythm rules; the activity report asks
 * the same question.
 */
public final class RecordedYears {

  /** The declaration the rhythm rules name, so that a run walks the events once for all of them. */
  public static final SharedLookup<Association, RecordedYears> LOOKUP =
      SharedLookup.of("recorded years", RecordedYears::of);

  private final NavigableSet<Integer> recorded;
  private final int foundingYear;

  private RecordedYears(NavigableSet<Integer> recorded, int foundingYear) {
    this.recorded = recorded;
    this.foundingYear = foundingYear;
  }

  /**
   * The recorded years of an association.
   *
   * @param association the association
   * @return its recorded years
   */
  public static RecordedYears of(Association association) {
    NavigableSet<Integer> recorded = new TreeSet<>();
    for (Event event : association.getEvents()) {
      recorded.add(event.getDate().getYear());
    }
    for (GeneralAssembly assembly : association.getGeneralAssemblies()) {
      if (assembly.getStatus() == AssemblyStatus.HELD) {
        recorded.add(assembly.getDate().getYear());
      }
    }
    return new RecordedYears(recorded, association.getFoundingDate().getYear());
  }

  /**
   * Whether any event or held general assembly of the association falls in a year: the one
   * meaning of "the year has records", for the rhythm rules and the activity report.
   *
   * @param association the association
   * @param year the year
   * @return whether the year has records
   */
  public static boolean isRecorded(Association association, int year) {
    return of(association).contains(year);
  }

  /**
   * Whether the association existed in the year (was founded in it or before).
   *
   * @param year the year
   * @return whether it existed
   */
  public boolean existedIn(int year) {
    return year >= foundingYear;
  }

  /**
   * Whether any record falls in the year.
   *
   * @param year the year
   * @return whether the year has records
   */
  public boolean contains(int year) {
    return recorded.contains(year);
  }

  /**
   * The recorded years from the first record up to and including {@code last}; the years without
   * records in that span are named as missing on the outcome, in ranges. Without any record up to
   * {@code last}, that year itself is named as missing (if the association existed then): the rules
   * stated its deadlines, and nothing recorded lets them judge it.
   *
   * @param last the last year to judge
   * @param outcome the outcome that receives the missing years
   * @return the recorded years up to {@code last}, a new set
   */
  public NavigableSet<Integer> upTo(int last, Outcome.Builder outcome) {
    if (recorded.isEmpty() || recorded.first() > last) {
      if (last >= foundingYear) {
        outcome.missing(missing(last, last));
      }
      return new TreeSet<>();
    }
    NavigableSet<Integer> judged = recorded.headSet(last, true);
    int expected = recorded.first();
    for (int year : judged) {
      if (year > expected) {
        outcome.missing(missing(expected, year - 1));
      }
      expected = year + 1;
    }
    if (expected <= last) {
      outcome.missing(missing(expected, last));
    }
    return judged;
  }

  /**
   * The missing fact of years without records, e.g. {@code /events (2025)}: no event or assembly recorded in them.
   *
   * @param from the first year without records
   * @param to the last year without records
   * @return the missing fact's name
   */
  public static String missing(int from, int to) {
    return "/events (" + (from == to ? Integer.toString(from) : from + "–" + to) + ")";
  }
}
