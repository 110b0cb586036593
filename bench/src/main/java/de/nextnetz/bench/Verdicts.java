package de.nextnetz.bench;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the two peer rules decide, the same for every implementation: whether the board's
 * re-election is overdue, and which approved applications lack two eligible reviewers.
 *
 * @param boardElectionOverdue whether the board's re-election is overdue
 * @param reviewersInsufficient the ids of the applications with fewer than two eligible reviewers, sorted
 */
public record Verdicts(boolean boardElectionOverdue, SortedSet<String> reviewersInsufficient) {

  /**
   * Creates verdicts.
   *
   * @param boardElectionOverdue whether the board's re-election is overdue
   * @param reviewersInsufficient the ids of the applications with fewer than two eligible reviewers
   */
  public Verdicts(boolean boardElectionOverdue, Collection<String> reviewersInsufficient) {
    this(boardElectionOverdue, (SortedSet<String>) new TreeSet<>(reviewersInsufficient));
  }

  @Override
  public String toString() {
    return "board overdue " + boardElectionOverdue + ", " + reviewersInsufficient.size()
        + " applications with too few reviewers";
  }
}
