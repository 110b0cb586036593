package de.nextnetz.rules.deadlines;

import de.nextnetz.rules.builtin.BuiltInRules;
import de.nextnetz.domain.Association;
import de.nextnetz.rules.Deadline;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.RuleEngine;
import de.nextnetz.rules.RuleId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lists what is due between two days by collecting what the rules say: the engine checks the
 * association as of the first day and as of the first day of every later year of the range (each
 * with the statute version in force then), and the listing gathers the deadlines the outcomes state,
 * once each. Nothing here knows when anything falls due; the rules do. Overdue items (due before
 * the first day, not yet done) are listed too, marked overdue.
 *
 * <pre>{@code
 * List<Deadline> due = Deadlines.between(association, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
 * }</pre>
 */
public final class Deadlines {

  /** The longest range a listing covers. */
  public static final int MAX_YEARS = 100;

  private Deadlines() {}

  /**
   * Lists the deadlines of the built-in rules.
   *
   * @param association the association
   * @param from the first day of the listing
   * @param to the last day of the listing, not before {@code from}
   * @return the deadlines by due day, then rule, then path
   * @throws IllegalArgumentException if {@code to} lies before {@code from} or more than {@value
   *     #MAX_YEARS} years after it, or no statute version is in force on {@code from}
   */
  public static List<Deadline> between(Association association, LocalDate from, LocalDate to) {
    return between(BuiltInRules.engine(), association, from, to);
  }

  /**
   * Lists the deadlines that the rules of an engine state.
   *
   * @param engine the engine
   * @param subject what is checked
   * @param from the first day of the listing
   * @param to the last day of the listing, not before {@code from}
   * @param <T> what the engine checks
   * @return the deadlines by due day, then rule, then path
   * @throws IllegalArgumentException if {@code to} lies before {@code from} or more than {@value
   *     #MAX_YEARS} years after it, or no statute version is in force on a day checked
   */
  public static <T> List<Deadline> between(RuleEngine<T> engine, T subject, LocalDate from, LocalDate to) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(subject, "subject");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("'to' (" + to + ") must not be before 'from' (" + from + ")");
    }
    if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
      throw new IllegalArgumentException("a listing covers at most " + MAX_YEARS + " years, but "
          + from + " to " + to + " is longer");
    }
    List<Deadline> deadlines = new ArrayList<>();
    Set<Key> seen = new HashSet<>();
    LocalDate day = from;
    while (!day.isAfter(to)) {
      for (Outcome outcome : engine.check(subject, day).outcomes()) {
        for (Deadline deadline : outcome.deadlines()) {
          if (!deadline.dueBy().isAfter(to) && seen.add(new Key(deadline.ruleId(), deadline.path(), deadline.dueBy()))) {
            deadlines.add(deadline.relativeTo(from));
          }
        }
      }
      day = LocalDate.of(day.getYear() + 1, 1, 1);
    }
    deadlines.sort(Deadline.ORDER);
    return List.copyOf(deadlines);
  }

  private record Key(RuleId ruleId, String path, LocalDate dueBy) {}
}
