package de.nextnetz.domain.statute;

/** What a majority is counted of. */
public enum MajorityBase {
  /** The votes cast: yes and no; abstentions and invalid votes do not count (§ 32 Abs. 1 Satz 3 BGB). */
  VOTES_CAST,
  /** The voting members present: an abstention counts like a no (a Satzung must say so clearly). */
  MEMBERS_PRESENT
}
