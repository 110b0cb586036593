package de.nextnetz.bench.drools;

/** A fact of the Drools peer (days are epoch days). */
public final class CheckDay {
  private final long day;

  /**
   * Creates the fact.
   *
   * @param day the day
   */
  public CheckDay(long day) {
    this.day = day;
  }

  /** {@return the day} */
  public long getDay() {
    return day;
  }
}
