package de.nextnetz.rules.law;

import de.nextnetz.domain.assembly.Votes;
import de.nextnetz.domain.statute.Fraction;
import de.nextnetz.domain.statute.MajorityBase;
import java.util.Objects;

/**
 * The majority a resolution needs: more than half, at least a share (three quarters), or the
 * consent of all members; counted of the votes cast (abstentions do not count, BGH II ZR 164/81)
 * or of the voting members present. Whole numbers only: three quarters of 30 yes and 10 no pass
 * ({@code 30 * 4 >= 40 * 3}), of 29 yes and 10 no fail.
 *
 * @param kind more than half, at least a share, or all members
 * @param share the share for {@link Kind#AT_LEAST}; one half otherwise
 * @param base what is counted
 */
public record Majority(Kind kind, Fraction share, MajorityBase base) {

  /** How the yes votes are compared. */
  public enum Kind {
    /** More yes than no (a tie rejects), or more than half of those present. */
    MORE_THAN_HALF,
    /** At least the share. */
    AT_LEAST,
    /** Every member consents: those present vote yes, the others consent in the form the law sets. */
    ALL_MEMBERS
  }

  /**
   * Checks that nothing is missing.
   *
   * @param kind more than half, at least a share, or all members
   * @param share the share for {@link Kind#AT_LEAST}; one half otherwise
   * @param base what is counted
   */
  public Majority {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(base, "base");
  }

  /**
   * Whether votes reach this majority; for {@link Kind#ALL_MEMBERS} only whether nobody present
   * voted no or abstained (the absent members' consents are judged apart).
   *
   * @param votes the votes, with excluded members' votes taken out
   * @param present the voting members present, where {@link MajorityBase#MEMBERS_PRESENT} counts them
   * @return whether the resolution passed
   */
  public boolean isMetBy(Votes votes, int present) {
    long whole = base == MajorityBase.VOTES_CAST ? (long) votes.getYes() + votes.getNo()
        : Math.max(present, votes.total());
    return switch (kind) {
      case MORE_THAN_HALF -> 2L * votes.getYes() > whole;
      case AT_LEAST -> whole > 0 && share.isReachedBy(votes.getYes(), whole);
      case ALL_MEMBERS -> votes.getNo() == 0 && votes.getAbstain() == 0 && votes.getYes() > 0;
    };
  }
}
