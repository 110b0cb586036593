package de.nextnetz.rules.satzung;

import de.nextnetz.rules.StatuteRule;
import java.util.List;

/**
 * The rules on the Satzung and exits (exit day and form, exit period, minority quorum): the one public door into
 * this package, whose rule classes are internal. Callers take the rules from {@code BuiltInRules}, which lists
 * these in its report order, and know them by their ids.
 */
public final class SatzungRules {

  private SatzungRules() {}

  /** {@return the rules of this package with their default settings, in report order} */
  public static List<StatuteRule> all() {
    return List.of(
        new MemberExitEffectiveDate(),
        new MemberExitFormInvalid(),
        new SatzungExitPeriodTooLong(),
        new SatzungExitExcluded(),
        new SatzungMinorityQuorumInvalid());
  }
}
