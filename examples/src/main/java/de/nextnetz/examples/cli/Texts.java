package de.nextnetz.examples.cli;

import de.nextnetz.rules.Localized;

/**
 * The tool's texts, from its bundle ({@code de/nextnetz/examples/cli/Messages*.properties}) in the
 * language of a run, formatted like the rules' messages ({@link Localized}): named parameters,
 * plurals by choice, dates and amounts for the language.
 */
final class Texts {

  private static final String BUNDLE = "de.nextnetz.examples.cli.Messages";

  private Texts() {}

  /**
   * A text of the bundle.
   *
   * @param lang the language
   * @param key the key
   * @param pairs parameter names and values, alternating
   * @return the text; the key itself if the bundle lacks it
   */
  static String of(Lang lang, String key, Object... pairs) {
    return Localized.message(BUNDLE, key, lang.locale(), Localized.parameters(pairs));
  }

  /**
   * A text of the bundle without parameters, if the bundle has the key: for words the tool may lack (a
   * document's own parameter or field names), where the caller then shows the name as written.
   *
   * @param lang the language
   * @param key the key
   * @return the text, or empty if the bundle lacks the key
   */
  static java.util.Optional<String> find(Lang lang, String key) {
    return Localized.text(BUNDLE, key, lang.locale());
  }

  /**
   * A value formatted for the language, e.g. a date or an amount.
   *
   * @param lang the language
   * @param value the value
   * @return the text
   */
  static String value(Lang lang, Object value) {
    return Localized.value(value, lang.locale());
  }
}
