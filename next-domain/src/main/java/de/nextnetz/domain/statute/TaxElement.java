package de.nextnetz.domain.statute;

/**
 * The elements a Satzung must contain for the tax-privileged status (§ 60 Abs. 1 Satz 2 AO with the Mustersatzung of
 * Anlage 1 AO), in the Mustersatzung's order; the wording need not be the Mustersatzung's, the content must be there.
 */
public enum TaxElement {
  /**
   * Anlage 1 § 1: the association pursues exclusively and directly tax-privileged purposes, names them and how it
   * realises them.
   */
  EXCLUSIVE_PURPOSES,
  /** Anlage 1 § 2: it is selfless and does not primarily pursue its own economic purposes. */
  SELFLESS,
  /** Anlage 1 § 3 Satz 1: its funds are used only for the purposes of the Satzung. */
  FUNDS_FOR_PURPOSES,
  /** Anlage 1 § 3 Satz 2: the members receive no grants from its funds. */
  NO_GRANTS_TO_MEMBERS,
  /** Anlage 1 § 4: no person is favoured by expenses alien to the purposes or by disproportionately high pay. */
  NO_FAVOURING,
  /**
   * Anlage 1 § 5: on dissolution or the loss of the tax-privileged purposes, the assets go to a named body for
   * tax-privileged use (the asset lock, § 61 AO).
   */
  ASSET_LOCK
}
