package de.nextnetz.rules;

import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a check is relative to: the as-of day (rules never read a clock) and the statute version in
 * force that day.
 */
public final class CheckContext {

  private final LocalDate asOf;
  private final StatuteVersion statute;

  private CheckContext(LocalDate asOf, StatuteVersion statute) {
    this.asOf = asOf;
    this.statute = statute;
  }

  /**
   * Creates a context.
   *
   * @param asOf the day of the check
   * @param statute the statute version in force on that day
   * @return the context
   * @throws IllegalArgumentException if the version is not yet in force on that day
   */
  public static CheckContext of(LocalDate asOf, StatuteVersion statute) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(statute, "statute");
    if (statute.getValidFrom().isAfter(asOf)) {
      throw new IllegalArgumentException("the statute version valid from " + statute.getValidFrom()
          + " is not yet in force on " + asOf);
    }
    return new CheckContext(asOf, statute);
  }

  /** {@return the day of the check} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the statute version in force on the day of the check} */
  public StatuteVersion statute() {
    return statute;
  }
}
