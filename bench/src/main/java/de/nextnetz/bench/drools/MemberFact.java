package de.nextnetz.bench.drools;

/** A fact of the Drools peer (days are epoch days). */
public final class MemberFact {
  private final String id;
  private final long start;
  private final long end;

  /**
   * Creates the fact.
   *
   * @param id the id
   * @param start the start
   * @param end the end
   */
  public MemberFact(String id, long start, long end) {
    this.id = id;
    this.start = start;
    this.end = end;
  }

  /** {@return the id} */
  public String getId() {
    return id;
  }

  /** {@return the start} */
  public long getStart() {
    return start;
  }

  /** {@return the end} */
  public long getEnd() {
    return end;
  }
}
