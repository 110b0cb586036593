package de.nextnetz.domain.statute;

/** The form a declaration must have, by the Satzung or by law; {@link DeclarationForm#satisfies} decides. */
public enum FormRequirement {
  /** No form: any declaration counts, also an oral one. */
  NONE,
  /** Textform (§ 126b BGB): a readable declaration on a durable medium, e-mail suffices. */
  TEXT_FORM,
  /** Schriftform set by the Satzung (§ 127 BGB): e-mail or fax suffice unless the Satzung says otherwise. */
  WRITTEN_FORM,
  /** Schriftform set by law (§ 126 BGB): signed by hand, or a qualified electronic signature (§ 126a BGB). */
  STATUTORY_WRITTEN_FORM
}
