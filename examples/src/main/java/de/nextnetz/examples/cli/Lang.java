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
}
