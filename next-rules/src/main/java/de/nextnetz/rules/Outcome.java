package de.nextnetz.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of one rule on one association and day: {@link Status#SATISFIED}, {@link
 * Status#VIOLATED} with its findings, {@link Status#NOT_APPLICABLE}, or {@link Status#UNKNOWN} with
 * the facts that are missing (as JSON Pointers or plain names). A rule that checks many subjects
 * may find some violated and others unknown; then it is violated and still names what is missing.
 */
public final class Outcome {

  private final RuleId ruleId;
  private final Status status;
  private final List<Finding> findings;
  private final List<String> missingFacts;

  private Outcome(RuleId ruleId, Status status, List<Finding> findings, List<String> missingFacts) {
    this.ruleId = ruleId;
    this.status = status;
    this.findings = List.copyOf(findings);
    this.missingFacts = List.copyOf(missingFacts);
  }

  /**
   * The rule holds.
   *
   * @param ruleId the rule
   * @return the outcome
   */
  public static Outcome satisfied(RuleId ruleId) {
    return new Outcome(Objects.requireNonNull(ruleId, "ruleId"), Status.SATISFIED, List.of(), List.of());
  }

  /**
   * The rule does not apply.
   *
   * @param ruleId the rule
   * @return the outcome
   */
  public static Outcome notApplicable(RuleId ruleId) {
    return new Outcome(Objects.requireNonNull(ruleId, "ruleId"), Status.NOT_APPLICABLE, List.of(), List.of());
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
    if (missingFacts.length == 0) {
      throw new IllegalArgumentException("an unknown outcome must name at least one missing fact");
    }
    return new Outcome(Objects.requireNonNull(ruleId, "ruleId"), Status.UNKNOWN, List.of(), List.of(missingFacts));
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
    Builder builder = builder(findings[0].getRuleId());
    for (Finding finding : findings) {
      builder.add(finding);
    }
    return builder.build();
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

  /** {@return the rule} */
  public RuleId getRuleId() {
    return ruleId;
  }

  /** {@return the status} */
  public Status getStatus() {
    return status;
  }

  /** {@return the findings; empty unless violated} */
  public List<Finding> getFindings() {
    return findings;
  }

  /** {@return the facts that were missing to decide (some) subjects} */
  public List<String> getMissingFacts() {
    return missingFacts;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Outcome that && that.ruleId.equals(ruleId) && that.status == status
        && that.findings.equals(findings) && that.missingFacts.equals(missingFacts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, status, findings, missingFacts);
  }

  /** {@return e.g. {@code "BOARD_ELECTION_OVERDUE VIOLATED (1 finding)"}} */
  @Override
  public String toString() {
    return ruleId + " " + status + (findings.isEmpty() ? "" : " (" + findings.size() + " finding(s))")
        + (missingFacts.isEmpty() ? "" : " missing " + missingFacts);
  }

  /**
   * Collects findings and missing facts over many subjects. {@link #build()} gives: violated if
   * anything was found; else unknown if anything was missing; else satisfied if any subject was
   * checked; else not applicable.
   */
  public static final class Builder {
    private final RuleId ruleId;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> missing = new LinkedHashSet<>();
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
      if (!finding.getRuleId().equals(ruleId)) {
        throw new IllegalArgumentException(
            "finding of rule " + finding.getRuleId() + " added to an outcome of " + ruleId);
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

    /** {@return the outcome} */
    public Outcome build() {
      Status status = !findings.isEmpty() ? Status.VIOLATED
          : !missing.isEmpty() ? Status.UNKNOWN
          : applied ? Status.SATISFIED
          : Status.NOT_APPLICABLE;
      return new Outcome(ruleId, status, findings, new ArrayList<>(missing));
    }
  }
}
