package de.nextnetz.rules.privacy;

import de.nextnetz.rules.StatuteRule;
import java.util.List;

/**
 * The rules on personal data (retention, restriction, erasure, requests): the one public door into this package,
 * whose rule classes are internal. Callers take the rules from {@code BuiltInRules}, which lists these in its
 * report order, and know them by their ids.
 */
public final class PrivacyRules {

  private PrivacyRules() {}

  /** {@return the rules of this package with their default settings, in report order} */
  public static List<StatuteRule> all() {
    return List.of(
        new DataRetentionActive(),
        new DataRestrictionRequired(),
        new DataErasureDue(),
        new DataRequestOverdue());
  }

  /**
   * {@return the three retention rules with retention settings of the user's own}
   *
   * @param periods the retention periods
   * @param mandates how long a mandate is kept
   * @param graceDays the days after the end of a membership until the member entry goes, at least 0
   * @throws IllegalArgumentException if the grace days are negative
   */
  public static List<StatuteRule> retention(de.nextnetz.rules.law.RetentionPeriods periods,
      de.nextnetz.rules.law.MandateRetention mandates, int graceDays) {
    return List.of(
        new DataRetentionActive(periods, mandates, graceDays),
        new DataRestrictionRequired(periods, mandates, graceDays), new DataErasureDue(periods, mandates, graceDays));
  }
}
