package de.nextnetz.domain.statute;

/**
 * How a declaration was made or a notice sent: an invitation, an exit, a minority demand, a
 * member's consent. Which forms satisfy which requirement is {@link #satisfies(FormRequirement)}.
 */
public enum DeclarationForm {
  /** Spoken, in person or by telephone. */
  ORAL,
  /** By e-mail (Textform, § 126b BGB). */
  EMAIL,
  /** By fax (Textform; Schriftform only where the Satzung asks for it, § 127 Abs. 2 BGB). */
  FAX,
  /** A letter signed by hand (Schriftform, § 126 BGB). */
  LETTER,
  /** A letter signed by hand and sent by registered mail (Einschreiben). */
  REGISTERED_LETTER,
  /** An electronic document with a qualified electronic signature (§ 126a BGB). */
  QUALIFIED_ELECTRONIC_SIGNATURE,
  /** A publication, e.g. in the association's journal or a newspaper named by the Satzung. */
  PUBLICATION;

  /**
   * Whether this form meets a requirement: every form meets {@link FormRequirement#NONE}; Textform
   * (§ 126b BGB) and the Schriftform a Satzung sets (§ 127 Abs. 2 BGB, telecommunication suffices)
   * are met by e-mail, fax, a letter or a qualified electronic signature; the Schriftform the law
   * sets (§§ 126, 126a BGB) only by a signed letter or a qualified electronic signature.
   *
   * @param requirement the requirement
   * @return whether this form meets it
   */
  public boolean satisfies(FormRequirement requirement) {
    return switch (requirement) {
      case NONE -> true;
      case TEXT_FORM, WRITTEN_FORM -> this != ORAL && this != PUBLICATION;
      case STATUTORY_WRITTEN_FORM -> this == LETTER || this == REGISTERED_LETTER
          || this == QUALIFIED_ELECTRONIC_SIGNATURE;
    };
  }
}
