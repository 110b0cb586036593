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
   * @param settings the retention table, the mandates' reading and the grace days
   */
  public static List<StatuteRule> retention(de.nextnetz.rules.law.RetentionSettings settings) {
    return List.of(new DataRetentionActive(settings), new DataRestrictionRequired(settings),
        new DataErasureDue(settings));
  }
}
