package de.nextnetz.rules.law;

import java.util.Objects;

/**
 * What the privacy rules, {@link Retention} and {@link Erasure} are told about keeping a former member's data,
 * stated once with its defaults: the retention table, how long a mandate is kept, and the days after the end of a
 * membership until contact data with no other basis go.
 *
 * <pre>{@code
 * RetentionSettings own = RetentionSettings.DEFAULT.withGraceDays(60);
 * engine.replaceRules(BuiltInRules.dataRetention(own));
 * }</pre>
 *
 * @param periods the retention periods
 * @param mandates how long a mandate is kept
 * @param graceDays the days after the end of a membership until the member entry goes, at least 0 (the law sets
 *     none; {@link PrivacyLaw#CONTACT_GRACE_DAYS} is a convention)
 */
public record RetentionSettings(RetentionPeriods periods, MandateRetention mandates, int graceDays) {

  /** The defaults: {@link RetentionPeriods#DEFAULT}, a mandate kept as a voucher, {@link PrivacyLaw#CONTACT_GRACE_DAYS}. */
  public static final RetentionSettings DEFAULT =
      new RetentionSettings(RetentionPeriods.DEFAULT, MandateRetention.AS_VOUCHER, PrivacyLaw.CONTACT_GRACE_DAYS);

  /**
   * Checks the settings.
   *
   * @param periods the retention periods
   * @param mandates how long a mandate is kept
   * @param graceDays the grace days, at least 0
   * @throws IllegalArgumentException if the grace days are negative
   */
  public RetentionSettings {
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(mandates, "mandates");
    if (graceDays < 0) {
      throw new IllegalArgumentException("grace days must not be negative, but were " + graceDays);
    }
  }

  /**
   * {@return these settings with another retention table}
   *
   * @param table the retention periods
   */
  public RetentionSettings withPeriods(RetentionPeriods table) {
    return new RetentionSettings(table, mandates, graceDays);
  }

  /**
   * {@return these settings with another reading of how long a mandate is kept}
   *
   * @param reading how long a mandate is kept
   */
  public RetentionSettings withMandates(MandateRetention reading) {
    return new RetentionSettings(periods, reading, graceDays);
  }

  /**
   * {@return these settings with other grace days}
   *
   * @param days the grace days, at least 0
   * @throws IllegalArgumentException if negative
   */
  public RetentionSettings withGraceDays(int days) {
    return new RetentionSettings(periods, mandates, days);
  }
}
