package de.nextnetz.domain.municipal;

/**
 * How much of the annual fee falls due in the year a membership starts or ends. Where the
 * association's statute does not say, {@link #FULL_YEAR} is the default: a budget office plans the
 * whole fee, and typical statutes owe the full year on exit.
 */
public enum FeeProration {
  /** The whole annual fee. */
  FULL_YEAR,
  /** One twelfth for each calendar month the membership covers, the first and last month counted whole. */
  MONTHS,
  /** Nothing in that year. */
  NONE
}
