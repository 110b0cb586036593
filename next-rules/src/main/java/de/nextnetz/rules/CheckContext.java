package de.nextnetz.rules;

import de.nextnetz.domain.statute.StatuteVersion;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check is relative to: the as-of day (rules never read a clock) and, for statute checks,
 * the statute version in force that day. A value: it holds nothing else, so one context can be
 * used for any number of checks of any associations, from any thread.
 *
 * @param asOf the day of the check
 * @param statuteVersion the statute version in force on that day; empty for checks of subjects
 *     without a statute (a municipality's portfolio)
 */
public record CheckContext(LocalDate asOf, Optional<StatuteVersion> statuteVersion) {

  /**
   * Checks the context.
   *
   * @throws IllegalArgumentException if the version is not yet in force on that day
   * @param asOf the day of the check
   * @param statuteVersion the statute version in force on that day; empty for checks of subjects without a statute (a municipality's portfolio)
   */
  public CheckContext {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(statuteVersion, "statuteVersion");
    if (statuteVersion.isPresent() && statuteVersion.get().getValidFrom().isAfter(asOf)) {
      throw new IllegalArgumentException("the statute version valid from "
          + statuteVersion.get().getValidFrom() + " is not yet in force on " + asOf);
    }
  }

  /**
   * A context of a statute check.
   *
   * @param asOf the day of the check
   * @param statute the statute version in force on that day
   * @return the context
   * @throws IllegalArgumentException if the version is not yet in force on that day
   */
  public static CheckContext of(LocalDate asOf, StatuteVersion statute) {
    return new CheckContext(asOf, Optional.of(statute));
  }

  /**
   * A context without statute, for checks of a municipality's portfolio.
   *
   * @param asOf the day of the check
   * @return the context
   */
  public static CheckContext of(LocalDate asOf) {
    return new CheckContext(asOf, Optional.empty());
  }

  /**
   * The statute version of a statute check.
   *
   * @return the version in force on the day
   * @throws IllegalStateException if the context has none (a portfolio check)
   */
  public StatuteVersion statute() {
    return statuteVersion.orElseThrow(() -> new IllegalStateException(
        "this check context has no statute version (a portfolio check)"));
  }
}
