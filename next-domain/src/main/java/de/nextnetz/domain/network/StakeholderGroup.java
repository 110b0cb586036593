package de.nextnetz.domain.network;

/**
 * The stakeholder groups of the NExT cooperation initiative (Behörden Spiegel, 2019), which
 * turned to one group per quarter.
 */
public enum StakeholderGroup {
  /** Wissenschaft und Forschung. */
  SCIENCE,
  /** Verbände. */
  ASSOCIATIONS,
  /** Einzelpersonen. */
  INDIVIDUALS,
  /** Veranstalter von Fach-Kongressen und Anwenderforen. */
  CONGRESS_ORGANISERS,
  /** Die einschlägige Fachpresse. */
  TRADE_PRESS,
  /** Start-ups. */
  START_UPS,
  /** Öffentlich-rechtliche IT-Dienstleister. */
  PUBLIC_IT_PROVIDERS,
  /** Analysten-Partner. */
  ANALYSTS,
  /** Public administration (a group the 2019 list does not name, e.g. the Regionalverband Ruhr). */
  PUBLIC_ADMINISTRATION
}
