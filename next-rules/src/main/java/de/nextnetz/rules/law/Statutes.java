package de.nextnetz.rules.law;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.statute.StatuteVersion;
import de.nextnetz.rules.Outcome;
import de.nextnetz.rules.Pointer;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which Satzung version governs a judgement: the version in force on the day of the act judged (the assembly, the
 * receipt of a declaration, the board's decision on an application, the end of a year whose rhythm is judged), asked
 * here by every rule that judges an act; a state on the day of the check (the board's composition, a member's kind
 * and fee now) is judged by the version in force that day. A day before the first version has
 * no governing version: the outcome names the missing version and stays undecided, instead of judging the act by
 * a later version (the check day's) as it once did.
 */
public final class Statutes {

  private Statutes() {}

  /**
   * The statute version in force on the day of an act; where there is none, the outcome records the missing version.
   *
   * @param association the association
   * @param day the day of the act judged
   * @param outcome the outcome of the rule judging it, which names the missing version where there is none
   * @return the version in force on the day; empty before the first version
   */
  public static Optional<StatuteVersion> governing(Association association, LocalDate day, Outcome.Builder outcome) {
    Optional<StatuteVersion> version = association.statuteOn(day);
    if (version.isEmpty()) {
      outcome.missing(Pointer.to("statute", "versions") + " (in force on " + day + ")");
    }
    return version;
  }

  /**
   * The statute version that governs a year's rhythm (its assemblies, conferences and meetings): the one in force at
   * the year's end, or on the day of the check while the year runs.
   *
   * @param association the association
   * @param year the year judged
   * @param asOf the day of the check
   * @param outcome the outcome of the rule judging it, which names the missing version where there is none
   * @return the version; empty before the first version
   */
  public static Optional<StatuteVersion> governingYear(Association association, int year, LocalDate asOf,
      Outcome.Builder outcome) {
    return governing(association, LocalDate.of(year, 12, 31), asOf, outcome);
  }

  /**
   * The statute version that governs an act as of the day of a check: the one in force on the act's day, or on the
   * check day where the act lies after it (a version not yet in force governs nothing).
   *
   * @param association the association
   * @param act the day of the act judged
   * @param asOf the day of the check
   * @param outcome the outcome of the rule judging it, which names the missing version where there is none
   * @return the version; empty before the first version
   */
  public static Optional<StatuteVersion> governing(Association association, LocalDate act, LocalDate asOf,
      Outcome.Builder outcome) {
    return governing(association, act.isAfter(asOf) ? asOf : act, outcome);
  }

  /**
   * The JSON Pointer of a statute version, to name it or a part of it.
   *
   * @param association the association
   * @param version one of its versions
   * @return e.g. {@code /statute/versions/1}; the first version's where the version is not the association's
   */
  public static String pointer(Association association, StatuteVersion version) {
    return Pointer.to("statute", "versions", Math.max(association.getStatute().getVersions().indexOf(version), 0));
  }
}
