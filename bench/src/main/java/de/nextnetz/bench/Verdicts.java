package de.nextnetz.bench;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the two peer rules decide, the same for every implementation: whether the board's
 * re-election is overdue, and which approved applications lack two eligible reviewers.
 */
public final class Verdicts {

  private final boolean boardElectionOverdue;
  private final SortedSet<String> reviewersInsufficient;

  /**
   * Creates verdicts.
   *
   * @param boardElectionOverdue whether the board's re-election is overdue
   * @param reviewersInsufficient the ids of the applications with fewer than two eligible reviewers
   */
  public Verdicts(boolean boardElectionOverdue, java.util.Collection<String> reviewersInsufficient) {
    this.boardElectionOverdue = boardElectionOverdue;
    this.reviewersInsufficient = new TreeSet<>(reviewersInsufficient);
  }

  /** {@return whether the board's re-election is overdue} */
  public boolean boardElectionOverdue() {
    return boardElectionOverdue;
  }

  /** {@return the ids of the applications with fewer than two eligible reviewers, sorted} */
  public SortedSet<String> reviewersInsufficient() {
    return reviewersInsufficient;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Verdicts that && that.boardElectionOverdue == boardElectionOverdue
        && that.reviewersInsufficient.equals(reviewersInsufficient);
  }

  @Override
  public int hashCode() {
    return Objects.hash(boardElectionOverdue, reviewersInsufficient);
  }

  @Override
  public String toString() {
    return "board overdue " + boardElectionOverdue + ", " + reviewersInsufficient.size()
        + " applications with too few reviewers";
  }
}
