package de.nextnetz.bench.drools;

/** A fact of the Drools peer (days are epoch days). */
public final class ReviewFact {
  private final String applicationId;
  private final String reviewerId;
  private final long day;

  /**
   * Creates the fact.
   *
   * @param applicationId the applicationId
   * @param reviewerId the reviewerId
   * @param day the day
   */
  public ReviewFact(String applicationId, String reviewerId, long day) {
    this.applicationId = applicationId;
    this.reviewerId = reviewerId;
    this.day = day;
  }

  /** {@return the applicationId} */
  public String getApplicationId() {
    return applicationId;
  }

  /** {@return the reviewerId} */
  public String getReviewerId() {
    return reviewerId;
  }

  /** {@return the day} */
  public long getDay() {
    return day;
  }
}
