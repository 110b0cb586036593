package de.nextnetz.domain.base;

/** Föderale Ebene: the level of the German federal state an organisation belongs to. */
public enum FederalLevel {
  /** Bund: the federal level. */
  BUND,
  /** Land: one of the sixteen states. */
  LAND,
  /** Kommune: a municipality, district or other local authority. */
  KOMMUNE
}
