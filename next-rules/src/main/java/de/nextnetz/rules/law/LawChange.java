package de.nextnetz.rules.law;

import de.nextnetz.rules.Citation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A provision of the law that holds from one day (and, for a temporary rule, until another): a row of the
 * dated law table ({@link LawChanges#all()}), as OpenFisca keeps its parameters. Rules ask {@link
 * #inForceOn} instead of comparing with a date of their own.
 *
 * @param id the row's stable name, e.g. {@code HYBRID_ASSEMBLIES}
 * @param from the first day the provision applies
 * @param until the last day it applies, for a temporary rule
 * @param citation the provision and the law that enacted it
 * @param description what it allows or requires
 */
public record LawChange(String id, LocalDate from, Optional<LocalDate> until, Citation citation, String description) {

  /**
   * Checks that nothing is missing and that a temporary rule ends after it begins.
   *
   * @param id the row's name
   * @param from the first day
   * @param until the last day, if any
   * @param citation the provision
   * @param description what it allows or requires
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public LawChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(description, "description");
    if (until.isPresent() && until.get().isBefore(from)) {
      throw new IllegalArgumentException(id + ": the last day " + until.get() + " is before the first " + from);
    }
  }

  /**
   * Whether the provision applies on a day.
   *
   * @param day the day of the act judged (an assembly, a consent, a receipt)
   * @return whether the day is on or after {@link #from()} and, for a temporary rule, on or before {@link #until()}
   */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(from) && until.map(last -> !day.isAfter(last)).orElse(true);
  }

  /** {@return the day before {@link #from()}: the last day of the law before this provision} */
  public LocalDate dayBefore() {
    return from.minusDays(1);
  }
}
