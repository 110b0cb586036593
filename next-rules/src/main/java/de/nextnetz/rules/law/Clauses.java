package de.nextnetz.rules.law;

import de.nextnetz.domain.statute.Assumption;
import de.nextnetz.domain.statute.Clause;
import de.nextnetz.domain.statute.StatuteParameter;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.Citation;
import java.util.Optional;

/**
 * Which clause decides a parameter of a statute version, the one way every rule cites the association's own
 * Satzung: the clause the version names for the parameter ({@link StatuteVersion#getClauses()}); else the law
 * with the assumption the version lists; else the version's source with the law; else the law "mangels
 * Satzungsregelung" (the Satzung being silent). Citations are German legal references in every language, as the
 * BGB's own. No association is named here: every association's clauses are its own data.
 */
public final class Clauses {

  private Clauses() {}

  /**
   * The clause that decides a parameter the version sets.
   *
   * @param version the statute version
   * @param parameter the parameter
   * @return the Satzung's clause, the law with the assumption, or the version's source with the law
   */
  public static Citation cite(StatuteVersion version, StatuteParameter parameter) {
    return cite(version, parameter, true);
  }

  /**
   * The clause that decides a parameter the version sets, with the law behind it: the Satzung's clause followed
   * by the provision of the BGB that leaves the matter to it ("Satzung … (Abschnitt 1.3); § 36 BGB"); where the
   * version names no clause, as {@link #cite(StatuteVersion, StatuteParameter)}.
   *
   * @param version the statute version
   * @param parameter the parameter
   * @return the clause and the law
   */
  public static Citation citeWithLaw(StatuteVersion version, StatuteParameter parameter) {
    Optional<Clause> clause = version.clauseFor(parameter);
    if (clause.isPresent()) {
      return new Citation(clause.get().getClause() + "; " + parameter.law(), clause.get().getQuote());
    }
    return cite(version, parameter, true);
  }

  /**
   * The clause that decides a parameter of a statute version.
   *
   * @param version the version
   * @param parameter the parameter
   * @param set whether the version sets a value for it
   * @return the Satzung's clause; or the law with the assumption; or the version's source; or the
   *     law, "mangels Satzungsregelung"
   */
  public static Citation cite(StatuteVersion version, StatuteParameter parameter, boolean set) {
    Optional<Clause> clause = version.clauseFor(parameter);
    if (clause.isPresent()) {
      return new Citation(clause.get().getClause(), clause.get().getQuote());
    }
    Optional<Assumption> assumed = version.assumptionFor(parameter);
    if (assumed.isPresent()) {
      return Citation.of(parameter.law() + "; angenommen: " + assumed.get().getValue());
    }
    return Citation.of(set ? version.getSource() + "; " + parameter.law()
        : parameter.law() + " (mangels Satzungsregelung)");
  }
}
