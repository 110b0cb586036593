package de.nextnetz.rules.law;

/** What the association holds about a person, by the reason it may keep it. */
public enum HoldingKind {
  /** The member entry's name (Art. 6 Abs. 1 lit. b DSGVO while a member; afterwards what the books need). */
  MEMBERSHIP,
  /** Contact data of the member entry: the Land, the payment method, the representatives of an organisation. */
  CONTACT,
  /** The application for membership and its reviews. */
  APPLICATION,
  /** The SEPA mandate with the account. */
  MANDATE,
  /** Payments and write-offs as entries of the books (§ 147 Abs. 1 Nr. 1 AO). */
  JOURNAL,
  /** The remittance texts of payments, as booking vouchers (§ 147 Abs. 1 Nr. 4 AO). */
  VOUCHERS,
  /** What open fee claims need, until they are time-barred (§§ 195, 199 BGB). */
  OPEN_CLAIMS,
  /** The association's records naming the person: invitations, attendance, consents, exits, demands, reviews. */
  RECORDS;

  /**
   * Whether the kind carries the person's name itself (the member entry, the application), so that it goes only
   * once nothing that needs the name is kept any longer, and is restricted until then.
   *
   * @return whether it carries the name
   */
  public boolean carriesName() {
    return this == MEMBERSHIP || this == APPLICATION;
  }
}
