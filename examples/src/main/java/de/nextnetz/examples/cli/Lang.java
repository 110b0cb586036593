package de.nextnetz.examples.cli;

import java.util.Locale;

/** The languages of the tool's output. */
public enum Lang {
  /** German. */
  de(Locale.GERMAN),
  /** English. */
  en(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** {@return the locale} */
  public Locale locale() {
    return locale;
  }

  /**
   * Picks the text of this language.
   *
   * @param english the English text
   * @param german the German text
   * @return one of them
   */
  public String pick(String english, String german) {
    return this == de ? german : english;
  }
}
