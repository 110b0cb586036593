package de.nextnetz.rules.law;

import de.nextnetz.domain.statute.DeclarationForm;

/**
 * The days an invitation is taken to be in transit where its receipt is not recorded and the
 * Satzung does not deem it received when sent: a convention, not law (the reference takes about
 * three days for a letter and one for an e-mail).
 *
 * @param postDays days for a letter
 * @param electronicDays days for an e-mail, a fax or an electronic document
 */
public record Transit(int postDays, int electronicDays) {

  /** Three days for a letter, one for an e-mail. */
  public static final Transit DEFAULT = new Transit(3, 1);

  /**
   * Checks the days.
   *
   * @param postDays days for a letter
   * @param electronicDays days for an e-mail, a fax or an electronic document
   * @throws IllegalArgumentException if a number is negative or above 30
   */
  public Transit {
    if (postDays < 0 || postDays > 30 || electronicDays < 0 || electronicDays > 30) {
      throw new IllegalArgumentException("days in transit must be 0 to 30, but were " + postDays + " and " + electronicDays);
    }
  }

  /**
   * The days in transit of a form.
   *
   * @param form the form
   * @return the days; none for an oral invitation or a publication
   */
  public int daysFor(DeclarationForm form) {
    return switch (form) {
      case LETTER, REGISTERED_LETTER -> postDays;
      case EMAIL, FAX, QUALIFIED_ELECTRONIC_SIGNATURE -> electronicDays;
      case ORAL, PUBLICATION -> 0;
    };
  }
}
