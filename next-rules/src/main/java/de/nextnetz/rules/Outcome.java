package de.nextnetz.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of one rule on one subject and day: {@link Status#SATISFIED}, {@link
 * Status#VIOLATED} with its findings, {@link Status#NOT_APPLICABLE}, or {@link Status#UNKNOWN} with
 * the facts that are missing (as JSON Pointers or plain names). A rule that checks many subjects
 * may find some violated and others unknown; then it is violated and still names what is missing.
 * Whatever the status, the outcome lists the deadlines the rule knows of on that day.
 *
 * @param ruleId the rule
 * @param status the status
 * @param findings the findings; empty unless violated
 * @param missingFacts the facts that were missing to decide (some) subjects
 * @param deadlines what falls due under the rule, as the rule sees it on the day
 */
public record Outcome(RuleId ruleId, Status status, List<Finding> findings, List<String> missingFacts,
    List<Deadline> deadlines) {

  /**
   * Checks the outcome.
   *
   * @throws IllegalArgumentException if a finding or deadline is of another rule, a violated
   *     outcome has no finding, another has findings, or an unknown one names no missing fact
   * @param ruleId the rule
   * @param status the status
   * @param findings the findings; empty unless violated
   * @param missingFacts the facts that were missing to decide (some) subjects
   * @param deadlines what falls due under the rule, as the rule sees it on the day
   */
  public Outcome {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
    missingFacts = List.copyOf(missingFacts);
    deadlines = List.copyOf(deadlines);
    for (Finding finding : findings) {
      if (!finding.ruleId().equals(ruleId)) {
        throw new IllegalArgumentException("finding of rule " + finding.ruleId() + " in an outcome of " + ruleId);
      }
    }
    for (Deadline deadline : deadlines) {
      if (!deadline.ruleId().equals(ruleId)) {
        throw new IllegalArgumentException("deadline of rule " + deadline.ruleId() + " in an outcome of " + ruleId);
      }
    }
    if ((status == Status.VIOLATED) == findings.isEmpty()) {
      throw new IllegalArgumentException("an outcome has findings if and only if it is violated");
    }
    if (status == Status.UNKNOWN && missingFacts.isEmpty()) {
      throw new IllegalArgumentException("an unknown outcome must name at least one missing fact");
    }
  }

  /**
   * The rule holds.
   *
   * @param ruleId the rule
   * @return the outcome
   */
  public static Outcome satisfied(RuleId ruleId) {
    return new Outcome(ruleId, Status.SATISFIED, List.of(), List.of(), List.of());
  }

  /**
   * The rule does not apply.
   *
   * @param ruleId the rule
   * @return the outcome
   */
  public static Outcome notApplicable(RuleId ruleId) {
    return new Outcome(ruleId, Status.NOT_APPLICABLE, List.of(), List.of(), List.of());
  }

  /**
   * The rule cannot be decided.
   *
   * @param ruleId the rule
   * @param missingFacts what is missing, e.g. {@code "/board/elections"}; at least one
   * @return the outcome
   * @throws IllegalArgumentException if no missing fact is named
   */
  public static Outcome unknown(RuleId ruleId, String... missingFacts) {
    return new Outcome(ruleId, Status.UNKNOWN, List.of(), List.of(missingFacts), List.of());
  }

  /**
   * The rule does not hold.
   *
   * @param findings what was found; at least one, all of the same rule
   * @return the outcome
   * @throws IllegalArgumentException if there is no finding or the findings are of different rules
   */
  public static Outcome violated(Finding... findings) {
    if (findings.length == 0) {
      throw new IllegalArgumentException("a violated outcome needs at least one finding");
    }
    return new Outcome(findings[0].ruleId(), Status.VIOLATED, List.of(findings), List.of(), List.of());
  }

  /**
   * Starts an outcome that collects over many subjects (members, applications, communities).
   *
   * @param ruleId the rule
   * @return the builder
   */
  public static Builder builder(RuleId ruleId) {
    return new Builder(ruleId);
  }

  /** {@return e.g. {@code "BOARD_ELECTION_OVERDUE VIOLATED (1 finding)"}} */
  @Override
  public String toString() {
    return ruleId + " " + status + (findings.isEmpty() ? "" : " (" + findings.size() + " findings)")
        + (missingFacts.isEmpty() ? "" : " missing " + missingFacts)
        + (deadlines.isEmpty() ? "" : " deadlines " + deadlines.stream().map(Deadline::dueBy).toList());
  }

  /**
   * Collects findings, missing facts and deadlines over many subjects. {@link #build()} gives:
   * violated if anything was found; else unknown if anything was missing; else satisfied if any
   * subject was checked; else not applicable.
   */
  public static final class Builder {
    private final RuleId ruleId;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private final List<Deadline> deadlines = new ArrayList<>();
    private boolean applied;

    private Builder(RuleId ruleId) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    }

    /**
     * Records that a subject was checked.
     *
     * @return this builder
     */
    public Builder checked() {
      applied = true;
      return this;
    }

    /**
     * Adds a finding (and records a checked subject).
     *
     * @param finding the finding, of this builder's rule
     * @return this builder
     * @throws IllegalArgumentException if the finding is of another rule
     */
    public Builder add(Finding finding) {
      if (!finding.ruleId().equals(ruleId)) {
        throw new IllegalArgumentException(
            "finding of rule " + finding.ruleId() + " added to an outcome of " + ruleId);
      }
      findings.add(finding);
      applied = true;
      return this;
    }

    /**
     * Names a fact that was missing to decide a subject.
     *
     * @param fact what is missing, e.g. {@code "/members/4/applicationId"}
     * @return this builder
     */
    public Builder missing(String fact) {
      missing.add(Objects.requireNonNull(fact, "fact"));
      return this;
    }

    /**
     * States a deadline the rule knows of.
     *
     * @param deadline the deadline, of this builder's rule
     * @return this builder
     * @throws IllegalArgumentException if the deadline is of another rule
     */
    public Builder deadline(Deadline deadline) {
      if (!deadline.ruleId().equals(ruleId)) {
        throw new IllegalArgumentException(
            "deadline of rule " + deadline.ruleId() + " added to an outcome of " + ruleId);
      }
      deadlines.add(deadline);
      return this;
    }

    /** {@return the outcome} */
    public Outcome build() {
      Status status = !findings.isEmpty() ? Status.VIOLATED
          : !missing.isEmpty() ? Status.UNKNOWN
          : applied ? Status.SATISFIED
          : Status.NOT_APPLICABLE;
      return new Outcome(ruleId, status, findings, new ArrayList<>(missing), deadlines);
    }
  }
}
