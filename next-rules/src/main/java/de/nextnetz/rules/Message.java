package de.nextnetz.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message that can be rendered in German or English: a key of a resource bundle, or two literal
 * texts, with named, typed parameters (<code>{dueBy}</code>, <code>{days,choice,1#one day|1&lt;{days}
 * days}</code>) that are formatted for the language only when rendered ({@link Localized}). There is
 * no expression language.
 *
 * @param bundle the bundle's base name; empty for a literal message
 * @param key the key in the bundle; for a literal message, the English text
 * @param german the German text of a literal message
 * @param parameters the named parameters, in order
 */
public record Message(Optional<String> bundle, String key, Optional<String> german, Map<String, Object> parameters) {

  /** The bundle of the built-in rules' messages. */
  public static final String BUILT_IN_BUNDLE = "de.nextnetz.rules.Messages";

  /**
   * Checks that nothing is missing and keeps the parameters' order.
   *
   * @param bundle the bundle's base name; empty for a literal message
   * @param key the key in the bundle; for a literal message, the English text
   * @param german the German text of a literal message
   * @param parameters the named parameters, in order
   */
  public Message {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(german, "german");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /**
   * A message from a resource bundle.
   *
   * @param bundle the bundle's base name, e.g. {@code "com.example.Messages"}
   * @param key the key in the bundle
   * @param parameters the named parameters, in order
   * @return the message
   */
  public static Message fromBundle(String bundle, String key, Map<String, ?> parameters) {
    return new Message(Optional.of(bundle), key, Optional.empty(), new LinkedHashMap<>(parameters));
  }

  /**
   * A message of the built-in bundle.
   *
   * @param key the key
   * @param parameters the named parameters, in order
   * @return the message
   */
  public static Message builtIn(String key, Map<String, ?> parameters) {
    return fromBundle(BUILT_IN_BUNDLE, key, parameters);
  }

  /**
   * A message given as text, in English and German (for rules of one's own that need no bundle);
   * the texts may name parameters as bundle texts do.
   *
   * @param english the English text
   * @param german the German text
   * @return the message
   */
  public static Message literal(String english, String german) {
    return new Message(Optional.empty(), english, Optional.of(Objects.requireNonNull(german, "german")), Map.of());
  }

  /**
   * Binds named parameters.
   *
   * @param newParameters the parameters, in order
   * @return the message with these parameters
   */
  public Message withParameters(Map<String, ?> newParameters) {
    return new Message(bundle, key, german, new LinkedHashMap<>(newParameters));
  }

  /**
   * Renders the message.
   *
   * @param locale the language; German for {@code de}, English otherwise
   * @return the text, with every parameter formatted for the language; the key itself where the
   *     bundle lacks it
   */
  public String render(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (bundle.isPresent()) {
      return Localized.message(bundle.get(), key, locale, parameters);
    }
    return Localized.format(Localized.isGerman(locale) ? german.orElse(key) : key, parameters, locale);
  }

  /** {@return the English rendering} */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
