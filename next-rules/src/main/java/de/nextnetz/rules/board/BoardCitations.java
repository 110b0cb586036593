package de.nextnetz.rules.board;

import de.nextnetz.rules.law.Clauses;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.Citation;

/**
 * The clauses behind the board rules, taken from the association's own statute data: no association is
 * named here. A finding cites the clause of the statute version that decided it; the rule definitions
 * (the catalogue) name the kind of clause and the law.
 */
final class BoardCitations {

  /** How the periods of the board's term are counted. */
  private static final String PERIODS = "§§ 187 Abs. 1, 188 Abs. 2 und 3 BGB";

  /** The law behind the Satzung's clauses on the board's composition (the Satzung's matter). */
  private static final String COMPOSITION_LAW = "§ 58 Nr. 3 BGB";

  /** The catalogue's citation of the term rules: the Satzung's clause on the term, counted by the BGB. */
  static final Citation TERM_RULE = Citation.of("Satzung (Amtszeit des Vorstands); " + PERIODS);

  /** The catalogue's citation of the composition rules: the Satzung's clause on the board, § 58 Nr. 3 BGB. */
  static final Citation COMPOSITION_RULE = Citation.of("Satzung (Bildung des Vorstands); " + COMPOSITION_LAW);

  private BoardCitations() {}

  /**
   * The clause that sets the board's term in a statute version (its own clause where it names one, else
   * the version's source, as {@link Clauses#cite} decides for every parameter), with the counting of
   * the period.
   */
  static Citation term(StatuteVersion version) {
    Citation clause = Clauses.cite(version, StatuteParameter.BOARD_TERM, true);
    return new Citation(clause.source() + "; " + PERIODS, clause.quote());
  }

  /** The statute version that sets the board's composition, and the law that leaves it to the Satzung. */
  static Citation composition(StatuteVersion version) {
    return Citation.of(version.getSource() + "; " + COMPOSITION_LAW);
  }
}
