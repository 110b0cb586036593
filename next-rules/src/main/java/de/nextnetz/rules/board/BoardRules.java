package de.nextnetz.rules.board;

import de.nextnetz.rules.StatuteRule;
import java.util.List;

/**
 * The rules on the board (existence, composition, roles, term and re-election): the one public door into this
 * package, whose rule classes are internal. Callers take the rules from {@code BuiltInRules}, which lists these in
 * its report order, and know them by their ids.
 */
public final class BoardRules {

  private BoardRules() {}

  /** {@return the rules of this package with their default settings, in report order} */
  public static List<StatuteRule> all() {
    return List.of(
        new BoardMissing(),
        new BoardCompositionInvalid(),
        new BoardRoleAccumulation(),
        new BoardElectionOverdue(),
        new BoardTermExpiringSoon(),
        new BoardElectionDeadlineBeforeNextMv());
  }

  /** {@return {@code BOARD_CHANGE_NOT_FILED} with its default setting (no filing time; § 67 BGB sets none)} */
  public static StatuteRule changeNotFiled() {
    return new BoardChangeNotFiled();
  }

  /**
   * {@return {@code BOARD_CHANGE_NOT_FILED} with a filing time of the user's own, a convention}
   *
   * @param filingWithin the time counted from the change, positive
   * @throws IllegalArgumentException if the time is not positive
   */
  public static StatuteRule changeNotFiled(java.time.Period filingWithin) {
    return new BoardChangeNotFiled(filingWithin);
  }

  /**
   * {@return {@code BOARD_TERM_EXPIRING_SOON} with another lead time}
   *
   * @param leadDays how many days before the end of the term to warn, at least 0
   * @throws IllegalArgumentException if the lead time is negative
   */
  public static StatuteRule termExpiringSoon(int leadDays) {
    return new BoardTermExpiringSoon(leadDays);
  }
}
