package de.nextnetz.domain.tax;

/** The reserves § 62 Abs. 1 AO allows. */
public enum ReserveKind {
  /** Nr. 1: for a purpose that needs the funds later (Projektrücklage). */
  PURPOSE,
  /** Nr. 2: to replace assets (Wiederbeschaffungsrücklage). */
  REPLACEMENT,
  /** Nr. 3: the free reserve (freie Rücklage). */
  FREE,
  /** Nr. 4: to keep a shareholding's quota. */
  SHAREHOLDING
}
