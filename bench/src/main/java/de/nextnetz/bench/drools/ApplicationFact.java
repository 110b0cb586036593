package de.nextnetz.bench.drools;

/** A fact of the Drools peer (days are epoch days). */
public final class ApplicationFact {
  private final String id;
  private final String applicantId;
  private final long appliedDay;
  private final long approvedDay;

  /**
   * Creates the fact.
   *
   * @param id the id
   * @param applicantId the applicantId
   * @param appliedDay the appliedDay
   * @param approvedDay the approvedDay
   */
  public ApplicationFact(String id, String applicantId, long appliedDay, long approvedDay) {
    this.id = id;
    this.applicantId = applicantId;
    this.appliedDay = appliedDay;
    this.approvedDay = approvedDay;
  }

  /** {@return the id} */
  public String getId() {
    return id;
  }

  /** {@return the applicantId} */
  public String getApplicantId() {
    return applicantId;
  }

  /** {@return the appliedDay} */
  public long getAppliedDay() {
    return appliedDay;
  }

  /** {@return the approvedDay} */
  public long getApprovedDay() {
    return approvedDay;
  }
}
