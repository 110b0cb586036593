package de.nextnetz.examples.cli;

import de.nextnetz.rules.Localized;
import java.util.LinkedHashMap;
import java.util.Map;

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
    Map<String, Object> parameters = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      parameters.put(String.valueOf(pairs[i]), pairs[i + 1]);
    }
    return Localized.format(Localized.text(BUNDLE, key, lang.locale()).orElse(key), parameters, lang.locale());
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
